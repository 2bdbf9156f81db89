import crypto from "node:crypto";
import { hashWebhookSecret, webhookSecretData } from "@/lib/accounts/webhook-secret";
import { DEMO_LOGIN, DEMO_OPERATOR } from "@/lib/auth/demo-logins";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { generateIntegrationKey, hashIntegrationKey, maskIntegrationKey } from "@/lib/review-requests/integration-key";
import { SOURCE_BY_SLUG, SOURCE_SLUGS } from "@/lib/review-requests/source-slug";
import { DEMO_INTEGRATION_KEYS } from "@/lib/seed/seed-demo-integrations";
import { DEMO_ACCOUNTS } from "@/lib/seed/seed-demo";

const DEMO_LOGINS = [DEMO_LOGIN, DEMO_OPERATOR];
const DEMO_WEBHOOK_SECRETS = DEMO_ACCOUNTS.flatMap((a) => (a.webhookSecret ? [a.webhookSecret] : []));

/**
 * The demo workspace's public doors are its README credentials: the users' password, the accounts'
 * webhook secrets, the POS/CRM keys. "open" puts them back (a demo instance); "closed" replaces each
 * one still public with a random one (an instance started without DEMO_WORKSPACE, where a demo
 * workspace was created by an earlier version or run), so nobody signs in or posts with them.
 * Nothing else of the workspace changes; values its owner changed are left alone when closing.
 */
export async function setDemoAccess({
  access,
}: {
  access: "open" | "closed";
}): Promise<{ workspaceId: string | null; changed: number }> {
  const db = prisma();
  const demo = await db.workspace.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (!demo) return { workspaceId: null, changed: 0 };
  const workspaceId = demo.id;
  let changed = 0;

  const users = await db.user.findMany({
    where: { email: { in: DEMO_LOGINS.map((l) => l.email) }, memberships: { some: { workspaceId } } },
    select: { id: true, email: true, passwordHash: true },
  });
  for (const user of users) {
    const login = DEMO_LOGINS.find((l) => l.email === user.email)!;
    const isPublic = user.passwordHash
      ? await verifyPassword({ password: login.password, hash: user.passwordHash })
      : false;
    if ((access === "open") === isPublic) continue;
    const password = access === "open" ? login.password : crypto.randomBytes(32).toString("base64url");
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword({ password }) } });
    changed += 1;
  }

  // Opening: refreshDemoAccounts (seedDemo) puts the demo webhook secrets back with the simulator settings.
  if (access === "closed") {
    const publicHashes = DEMO_WEBHOOK_SECRETS.map((secret) => hashWebhookSecret({ secret }));
    const accounts = await db.marketplaceAccount.findMany({
      where: { workspaceId, webhookSecretHash: { in: publicHashes } },
      select: { id: true },
    });
    for (const account of accounts) {
      await db.marketplaceAccount.update({ where: { id: account.id }, data: webhookSecretData() });
      changed += 1;
    }
  }

  for (const slug of SOURCE_SLUGS) {
    const publicHash = hashIntegrationKey(DEMO_INTEGRATION_KEYS[slug]);
    const key = access === "open" ? DEMO_INTEGRATION_KEYS[slug] : generateIntegrationKey({ slug });
    const where =
      access === "open"
        ? { workspaceId, source: SOURCE_BY_SLUG[slug], keyHash: { not: publicHash } }
        : { workspaceId, keyHash: publicHash };
    const updated = await db.reviewIntegration.updateMany({
      where,
      data: { keyHash: hashIntegrationKey(key), keyHint: maskIntegrationKey(key) },
    });
    changed += updated.count;
  }
  return { workspaceId, changed };
}
