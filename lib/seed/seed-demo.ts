import { prisma } from "@/lib/db";
import { DEMO_LOGIN, DEMO_OPERATOR } from "@/lib/auth/demo-logins";
import { hashPassword } from "@/lib/auth/password";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SIM_DEMO_CREDENTIALS } from "@/lib/marketplaces/simulator/demo-credentials";
import type { DemoMarketplace } from "@/lib/seed/demo-ids";
import { buildDemoWorld, DEMO_SEED } from "@/lib/seed/demo-world";
import { seedDemoFollowUps } from "@/lib/seed/seed-demo-follow-ups";
import { seedDemoNegativeReviews } from "@/lib/seed/seed-demo-negative-reviews";
import { demoAccountData, refreshDemoAccounts, type DemoAccount } from "@/lib/seed/demo-account-data";
import { seedDemoIntegrations } from "@/lib/seed/seed-demo-integrations";
import { seedDemoLabels } from "@/lib/seed/seed-demo-labels";

// Demo accounts talk to the local simulator (`npm run dev` starts it): its demo credentials, its path
// prefixes on SIMULATOR_URL, and well-known webhook secrets (README) for the demo workspace only.
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    marketplace: "wildberries",
    name: "Wildberries · Модный дом",
    credentials: SIM_DEMO_CREDENTIALS.wildberries,
    paths: { chat: "/wb-chat", feedbacks: "/wb-feedbacks" },
  },
  {
    marketplace: "ozon",
    name: "Ozon · Модный дом",
    credentials: SIM_DEMO_CREDENTIALS.ozon,
    paths: { api: "/ozon" },
    webhookSecret: "demo-ozon",
  },
  {
    marketplace: "yandex_market",
    name: "Яндекс Маркет · Модный дом",
    credentials: SIM_DEMO_CREDENTIALS.yandex_market,
    paths: { api: "/ym" },
    webhookSecret: "demo-yandex-market",
  },
  {
    marketplace: "avito",
    name: "Авито · Модный дом",
    credentials: SIM_DEMO_CREDENTIALS.avito,
    paths: { api: "/avito" },
    webhookSecret: "demo-avito",
  },
  {
    marketplace: "amazon",
    name: "Amazon EU · Fashion House",
    credentials: SIM_DEMO_CREDENTIALS.amazon,
    paths: { api: "/amazon", lwa: "/lwa" },
  },
];

export type SeedResult = { created: boolean; workspaceId: string; chats: number; messages: number };

/** Creates the demo workspace once; deterministic content from a fixed seed. */
export async function seedDemo({
  now = new Date(),
  seed = DEMO_SEED,
}: { now?: Date; seed?: number } = {}): Promise<SeedResult> {
  const db = prisma();
  const existing = await db.workspace.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (existing) {
    await refreshDemoAccounts({ workspaceId: existing.id, accounts: DEMO_ACCOUNTS });
    // Demo workspaces created before the POS/CRM integrations existed get them too.
    await seedDemoIntegrations({ workspaceId: existing.id });
    const [chats, messages] = await Promise.all([
      db.chat.count({ where: { workspaceId: existing.id } }),
      db.message.count({ where: { chat: { workspaceId: existing.id } } }),
    ]);
    return { created: false, workspaceId: existing.id, chats, messages };
  }
  const [ownerHash, operatorHash] = await Promise.all([
    hashPassword({ password: DEMO_LOGIN.password }),
    hashPassword({ password: DEMO_OPERATOR.password }),
  ]);

  const workspace = await db.workspace.create({
    data: {
      name: "Модный дом (демо)",
      isDemo: true,
      memberships: {
        create: [
          {
            role: "OWNER",
            user: { create: { email: DEMO_LOGIN.email, name: "Мария Демидова", passwordHash: ownerHash } },
          },
          {
            role: "OPERATOR",
            user: { create: { email: DEMO_OPERATOR.email, name: "Олег Операторов", passwordHash: operatorHash } },
          },
        ],
      },
    },
    include: { memberships: { select: { userId: true } } },
  });
  const userIds = workspace.memberships.map((m) => m.userId);

  const accountIds = {} as Record<DemoMarketplace, string>;
  for (const a of DEMO_ACCOUNTS) {
    const account = await db.marketplaceAccount.create({
      data: {
        workspaceId: workspace.id,
        marketplace: a.marketplace,
        name: a.name,
        ...demoAccountData({ account: a }),
        lastSyncAt: now,
      },
    });
    accountIds[a.marketplace] = account.id;
  }

  const built = buildDemoWorld({ seed, now, userIds }).chats;
  const chats: Prisma.ChatCreateManyInput[] = built.map(({ messages: _m, marketplace, ...chat }) => ({
    ...chat,
    marketplace,
    workspaceId: workspace.id,
    accountId: accountIds[marketplace],
  }));
  const messages: Prisma.MessageCreateManyInput[] = built.flatMap((c) => c.messages);
  await db.chat.createMany({ data: chats });
  for (let i = 0; i < messages.length; i += 500) await db.message.createMany({ data: messages.slice(i, i + 500) });
  await seedDemoIntegrations({ workspaceId: workspace.id });
  await seedDemoNegativeReviews({ workspaceId: workspace.id, accountIds, userIds, now, seed });
  await seedDemoFollowUps({ workspaceId: workspace.id, userIds, now });
  await seedDemoLabels({ workspaceId: workspace.id, now });
  return { created: true, workspaceId: workspace.id, chats: chats.length, messages: messages.length };
}
