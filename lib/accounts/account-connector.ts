import { storedBaseUrls } from "@/lib/accounts/base-urls";
import { credentialsHint } from "@/lib/accounts/credential-fields";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { MarketplaceAccount } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import { createConnector } from "@/lib/marketplaces/create-connector";
import { CREDENTIALS_SCHEMAS, connectorConfigSchema } from "@/lib/marketplaces/credentials";
import {
  AccountDisconnectedError,
  accountErrorOf,
  encodeAccountError,
  type AccountError,
} from "@/lib/accounts/account-error";
import { MarketplaceAuthError, MarketplaceError } from "@/lib/marketplaces/http/errors";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { ConnectorRuntimeOptions, MarketplaceConnector } from "@/lib/marketplaces/types";
import { withDomainEvent } from "@/lib/events/bus";

// The one way background work gets a connector for a stored account, and the one way it reports
// that the account stopped working.

const log = logger("accounts");

export type AccountForConnector = Pick<MarketplaceAccount, "id" | "marketplace" | "credentialsEnc" | "baseUrls">;

/**
 * Decrypts the account's credentials and builds its connector: the account id keys the rate limiter,
 * and rotated credentials (Avito refresh tokens) are re-encrypted into the row as soon as they change.
 * A disconnected account (credentials deleted) throws AccountDisconnectedError, a MarketplaceAuthError like a revoked token.
 */
export function connectorForAccount({
  account,
  runtime = {},
}: {
  account: AccountForConnector;
  runtime?: Omit<ConnectorRuntimeOptions, "accountKey" | "onCredentialsChange">;
}): MarketplaceConnector {
  const marketplace = account.marketplace;
  if (!account.credentialsEnc) throw new AccountDisconnectedError({ marketplace });
  // Webhooks and polls ask for the same account's connector many times a second: reuse it while the
  // stored credentials and base URLs are unchanged (limiters and token caches are per account anyway).
  const cacheKey = Object.keys(runtime).length
    ? null
    : `${account.id}|${account.credentialsEnc}|${JSON.stringify(account.baseUrls ?? null)}`;
  const cached = cacheKey ? connectorCache.get(cacheKey) : undefined;
  if (cached) return cached;
  const connector = buildConnector({ account, marketplace, runtime });
  if (cacheKey) {
    if (connectorCache.size >= CONNECTOR_CACHE_SIZE) connectorCache.delete(connectorCache.keys().next().value!);
    connectorCache.set(cacheKey, connector);
  }
  return connector;
}

const CONNECTOR_CACHE_SIZE = 500;
const connectorCache = new Map<string, MarketplaceConnector>();

function buildConnector({
  account,
  marketplace,
  runtime,
}: {
  account: AccountForConnector;
  marketplace: Marketplace;
  runtime: Omit<ConnectorRuntimeOptions, "accountKey" | "onCredentialsChange">;
}): MarketplaceConnector {
  const credentials: unknown = JSON.parse(
    decryptSecret({ ciphertext: account.credentialsEnc, key: env().APP_ENCRYPTION_KEY }),
  );
  const config = connectorConfigSchema.parse({
    marketplace,
    credentials,
    baseUrls: storedBaseUrls({ value: account.baseUrls }),
  });
  return createConnector({
    ...config,
    runtime: {
      ...runtime,
      accountKey: account.id,
      onCredentialsChange: (next) => saveRotatedCredentials({ accountId: account.id, marketplace, credentials: next }),
    },
  });
}

async function saveRotatedCredentials({
  accountId,
  marketplace,
  credentials,
}: {
  accountId: string;
  marketplace: Marketplace;
  credentials: Record<string, unknown>;
}) {
  const parsed = CREDENTIALS_SCHEMAS[marketplace].parse(credentials);
  // Never brings a disconnected account back to life.
  await prisma().marketplaceAccount.updateMany({
    where: { id: accountId, NOT: { credentialsEnc: "" } },
    data: {
      credentialsEnc: encryptSecret({ plaintext: JSON.stringify(parsed), key: env().APP_ENCRYPTION_KEY }),
      credentialsHint: credentialsHint({ marketplace, credentials: parsed }),
    },
  });
  log.info("credentials rotated", { accountId });
}

/**
 * Records a failed call: NEEDS_REAUTH with the marketplace's own message when it refused the credentials,
 * ERROR otherwise. Backoff counters stay with the caller.
 */
export async function markAccountError({
  accountId,
  error,
}: {
  accountId: string;
  error: unknown;
}): Promise<{ status: "NEEDS_REAUTH" | "ERROR"; error: AccountError }> {
  const status = error instanceof MarketplaceAuthError ? "NEEDS_REAUTH" : "ERROR";
  const stored = accountErrorOf({ error });
  // The exception's own text goes to the server log only; the account keeps the code.
  if (!(error instanceof MarketplaceError))
    log.error("account call failed", {
      accountId,
      error: error instanceof Error ? `${error.name}: ${error.message}` : typeof error,
    });
  await withDomainEvent({ name: "accounts/account.changed", data: { accountId } }, (tx) =>
    tx.marketplaceAccount.updateMany({
      where: { id: accountId },
      data: { status, lastError: encodeAccountError(stored) },
    }),
  );
  return { status, error: stored };
}
