import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { encryptSecret, maskSecret } from "@/lib/crypto/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildDemoChats, type DemoMarketplace } from "@/lib/seed/build-demo-chats";

export const DEMO_LOGIN = { email: "demo@agentiq.local", password: "demo12345" } as const;
export const DEMO_OPERATOR = { email: "operator@agentiq.local", password: "demo12345" } as const;

// Demo credentials are the simulator's accepted values: the demo talks to the local simulator only.
export const DEMO_ACCOUNTS: { marketplace: DemoMarketplace; name: string; credentials: Record<string, string>; path: string }[] = [
  { marketplace: "WILDBERRIES", name: "Wildberries · Модный дом", credentials: { token: "demo-wb-token" }, path: "/wb" },
  { marketplace: "OZON", name: "Ozon · Модный дом", credentials: { clientId: "demo-ozon-client", apiKey: "demo-ozon-key" }, path: "/ozon" },
  { marketplace: "YANDEX_MARKET", name: "Яндекс Маркет · Модный дом", credentials: { apiKey: "demo-ym-key", businessId: "1000" }, path: "/ym" },
  { marketplace: "AVITO", name: "Авито · Модный дом", credentials: { clientId: "demo-avito-client", clientSecret: "demo-avito-secret" }, path: "/avito" },
  { marketplace: "AMAZON", name: "Amazon EU · Fashion House", credentials: { refreshToken: "demo-amazon-refresh", clientId: "demo-amazon-client", clientSecret: "demo-amazon-secret", marketplaceId: "A1PA6795UKMFR9", region: "eu" }, path: "/amazon" },
];

export type SeedResult = { created: boolean; workspaceId: string; chats: number; messages: number };

/** Creates the demo workspace once; deterministic content from a fixed seed. */
export async function seedDemo({ now = new Date(), seed = 20_261_121 }: { now?: Date; seed?: number } = {}): Promise<SeedResult> {
  const db = prisma();
  const existing = await db.workspace.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (existing) {
    const [chats, messages] = await Promise.all([
      db.chat.count({ where: { workspaceId: existing.id } }),
      db.message.count({ where: { chat: { workspaceId: existing.id } } }),
    ]);
    return { created: false, workspaceId: existing.id, chats, messages };
  }
  const key = env().APP_ENCRYPTION_KEY;
  const simulator = env().SIMULATOR_URL.replace(/\/$/, "");
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
          { role: "OWNER", user: { create: { email: DEMO_LOGIN.email, name: "Мария Демидова", passwordHash: ownerHash } } },
          { role: "OPERATOR", user: { create: { email: DEMO_OPERATOR.email, name: "Олег Операторов", passwordHash: operatorHash } } },
        ],
      },
    },
    include: { memberships: { select: { userId: true } } },
  });
  const userIds = workspace.memberships.map((m) => m.userId);

  const accountIds = {} as Record<DemoMarketplace, string>;
  for (const a of DEMO_ACCOUNTS) {
    const secret = Object.values(a.credentials)[0]!;
    const account = await db.marketplaceAccount.create({
      data: {
        workspaceId: workspace.id,
        marketplace: a.marketplace,
        name: a.name,
        credentialsEnc: encryptSecret({ plaintext: JSON.stringify(a.credentials), key }),
        credentialsHint: maskSecret(secret),
        baseUrls: { default: `${simulator}${a.path}` },
        lastSyncAt: now,
      },
    });
    accountIds[a.marketplace] = account.id;
  }

  const built = buildDemoChats({ seed, now, userIds });
  const chats: Prisma.ChatCreateManyInput[] = built.map(({ messages: _m, marketplace, ...chat }) => ({
    ...chat,
    marketplace,
    workspaceId: workspace.id,
    accountId: accountIds[marketplace],
  }));
  const messages: Prisma.MessageCreateManyInput[] = built.flatMap((c) => c.messages);
  await db.chat.createMany({ data: chats });
  for (let i = 0; i < messages.length; i += 500) await db.message.createMany({ data: messages.slice(i, i + 500) });
  return { created: true, workspaceId: workspace.id, chats: chats.length, messages: messages.length };
}
