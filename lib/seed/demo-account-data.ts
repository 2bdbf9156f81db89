import { credentialsHint } from "@/lib/accounts/credential-fields";
import { webhookSecretData, hashWebhookSecret } from "@/lib/accounts/webhook-secret";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/is-unique-violation";
import { env } from "@/lib/env";
import type { DemoMarketplace } from "@/lib/seed/demo-ids";
import { sellerIdentityOf } from "@/lib/marketplaces/create-connector";
import type { ConnectorConfig } from "@/lib/marketplaces/credentials";

/** A demo account: the simulator's credentials, its path prefix per base URL key, a well-known webhook secret. */
export type DemoAccount = {
  marketplace: DemoMarketplace;
  name: string;
  credentials: Record<string, string>;
  paths: Record<string, string>;
  webhookSecret?: string;
};

function simulatorBaseUrls({ account }: { account: DemoAccount }): Record<string, string> {
  const simulator = env().SIMULATOR_URL.replace(/\/+$/, "");
  return Object.fromEntries(Object.entries(account.paths).map(([key, path]) => [key, `${simulator}${path}`]));
}

/**
 * The seller a demo account's credentials open, as the connector's connection check names it
 * (demo-account-data.int.test.ts compares the two against the simulator): connecting the demo's own seller
 * again in the demo workspace is then refused as a duplicate instead of importing every chat twice.
 */
export function demoIdentityKey({ account }: { account: DemoAccount }): string | null {
  return sellerIdentityOf({ marketplace: account.marketplace, credentials: account.credentials } as ConnectorConfig);
}

/** Account columns pointing at the simulator on SIMULATOR_URL. */
export function demoAccountData({ account }: { account: DemoAccount }) {
  const marketplace = account.marketplace;
  return {
    identityKey: demoIdentityKey({ account }),
    credentialsEnc: encryptSecret({ plaintext: JSON.stringify(account.credentials), key: env().APP_ENCRYPTION_KEY }),
    credentialsHint: credentialsHint({ marketplace, credentials: account.credentials }),
    baseUrls: simulatorBaseUrls({ account }),
    ...(account.webhookSecret ? webhookSecretData({ secret: account.webhookSecret }) : {}),
  };
}

/**
 * Points an existing demo workspace's accounts at the current simulator with its credentials (demo data
 * seeded by an older version, or SIMULATOR_URL moved). Accounts already up to date are left alone.
 */
export async function refreshDemoAccounts({
  workspaceId,
  accounts,
}: {
  workspaceId: string;
  accounts: DemoAccount[];
}): Promise<{ updated: number }> {
  const db = prisma();
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { isDemo: true } });
  if (!workspace?.isDemo) throw new Error("Demo accounts belong to the demo workspace only");
  const key = env().APP_ENCRYPTION_KEY;
  let updated = 0;
  for (const account of accounts) {
    const rows = await db.marketplaceAccount.findMany({
      where: { workspaceId, marketplace: account.marketplace, name: account.name },
      select: { id: true, credentialsEnc: true, baseUrls: true, webhookSecretHash: true, identityKey: true },
    });
    const wanted = {
      credentials: JSON.stringify(account.credentials),
      baseUrls: JSON.stringify(simulatorBaseUrls({ account })),
    };
    for (const row of rows) {
      const current = row.credentialsEnc ? decryptSecret({ ciphertext: row.credentialsEnc, key }) : "";
      const hashOk =
        !account.webhookSecret || row.webhookSecretHash === hashWebhookSecret({ secret: account.webhookSecret });
      if (current === wanted.credentials && JSON.stringify(row.baseUrls) === wanted.baseUrls && hashOk) {
        if (row.identityKey === null) await setDemoIdentity({ accountId: row.id, account });
        continue;
      }
      const { identityKey: _identity, ...data } = demoAccountData({ account });
      await db.marketplaceAccount.update({
        where: { id: row.id },
        data: {
          ...data,
          status: "ACTIVE",
          lastError: null,
          syncCursor: null,
          consecutiveFailures: 0,
          nextSyncAt: null,
        },
      });
      await setDemoIdentity({ accountId: row.id, account });
      updated += 1;
    }
  }
  return { updated };
}

/** Names the demo seller on an account seeded before identities; left unnamed when the seller was connected again. */
async function setDemoIdentity({ accountId, account }: { accountId: string; account: DemoAccount }) {
  try {
    await prisma().marketplaceAccount.update({
      where: { id: accountId },
      data: { identityKey: demoIdentityKey({ account }) },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
