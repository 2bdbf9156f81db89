import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { createConnector } from "@/lib/marketplaces/create-connector";
import { connectorConfigSchema } from "@/lib/marketplaces/credentials";
import {
  MarketplaceAuthError,
  MarketplaceError,
  MarketplaceRateLimitError,
  MarketplaceRefusedError,
  MarketplaceRejectedError,
  MarketplaceRequestError,
} from "@/lib/marketplaces/http/errors";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import { descriptorOf } from "@/lib/marketplaces/registry";
import type { ConnectionWarning, ConnectorRuntimeOptions } from "@/lib/marketplaces/types";

const log = logger("accounts");

// A seller waits for the answer: one retry, not the background jobs' three with backoff.
export const CHECK_HTTP = { retries: 1, timeoutMs: 10_000, maxRetryAfterMs: 5_000 };

export type CheckedCredentials = {
  /** The credentials to store: OAuth marketplaces may have rotated the refresh token during the check. */
  credentials: Record<string, unknown>;
  accountLabel: string | null;
  warnings: ConnectionWarning[];
  /** Which seller account the credentials open (ConnectionCheck.identity). */
  identity: string;
};

type CheckInput = {
  marketplace: Marketplace;
  credentials: Record<string, unknown>;
  baseUrls?: Record<string, string> | null;
  runtime?: ConnectorRuntimeOptions;
};

/** "Check the token before saving": the connector's real test call with exactly these credentials. */
export async function checkCredentials(input: CheckInput): Promise<CheckedCredentials> {
  try {
    return await testCredentials(input);
  } catch (error) {
    throw checkFailure({ marketplace: input.marketplace, error });
  }
}

/** Like checkCredentials, but a refusal surfaces as the connector's MarketplaceError. */
export async function testCredentials({
  marketplace,
  credentials,
  baseUrls,
  runtime = {},
}: CheckInput): Promise<CheckedCredentials> {
  let latest: Record<string, unknown> = credentials;
  const config = connectorConfigSchema.parse({ marketplace, credentials, baseUrls: baseUrls ?? undefined });
  const connector = createConnector({
    ...config,
    runtime: {
      http: CHECK_HTTP,
      ...runtime,
      onCredentialsChange: async (next) => {
        latest = next;
        await runtime.onCredentialsChange?.(next);
      },
    },
  });
  const check = await connector.testConnection();
  return { credentials: latest, accountLabel: check.accountLabel, warnings: check.warnings, identity: check.identity };
}

/** The marketplace's own words for a refusal (422); a short Russian reason when it did not answer. */
export function checkFailure({ marketplace, error }: { marketplace: Marketplace; error: unknown }): unknown {
  if (!(error instanceof MarketplaceError)) return error;
  const title = MARKETPLACE_META[marketplace].title;
  log.warn("connection check failed", { marketplace, code: error.code, status: error.status });
  if (error instanceof MarketplaceAuthError) {
    // The marketplace's words (often English), then in the reader's language what to check and where.
    const said = error.vendorMessage ?? error.message;
    const hint = descriptorOf({ marketplace }).connection.authFailureHint;
    return new AppError("unprocessable", said, {
      details: {
        reason: "auth",
        ru: `${title} не принял ключи: «${said}». ${hint.ru}`,
        en: `${descriptorOf({ marketplace }).labels.en} refused the keys: “${said}”. ${hint.en}`,
      },
      cause: error,
    });
  }
  // Words in both languages for the screen (it never shows a server's message itself).
  const titleEn = descriptorOf({ marketplace }).labels.en;
  if (error instanceof MarketplaceRejectedError || error instanceof MarketplaceRequestError) {
    const said = error instanceof MarketplaceRejectedError ? error.reason : (error.vendorMessage ?? error.message);
    return new AppError("unprocessable", said, {
      details: {
        reason: "rejected",
        ru: `${title} отклонил запрос: «${said}».`,
        en: `${titleEn} rejected the request: “${said}”.`,
      },
      cause: error,
    });
  }
  if (error instanceof MarketplaceRefusedError) {
    const ru = `${title}: запрос отклонён сервером: адрес API во внутренней сети или перенаправление на другой адрес.`;
    const en = `${titleEn}: the request was refused: the API address is on an internal network or redirects elsewhere.`;
    return new AppError("unprocessable", en, { details: { reason: "refused", ru, en }, cause: error });
  }
  if (error instanceof MarketplaceRateLimitError) {
    const ru = `${title}: слишком много запросов, попробуйте через минуту.`;
    const en = `${titleEn}: too many requests, try again in a minute.`;
    return new AppError("rate_limited", en, { details: { reason: "marketplace_rate_limited", ru, en }, cause: error });
  }
  const said = error.vendorMessage ? `: ${error.vendorMessage}` : "";
  const ru = `${title} не ответил на проверочный запрос (${error.code}${said}). Попробуйте позже.`;
  const en = `${titleEn} did not answer the check request (${error.code}${said}). Try again later.`;
  return new AppError("upstream", en, { details: { reason: "no_answer", ru, en }, cause: error });
}
