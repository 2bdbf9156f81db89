import { z } from "zod";

import { AVITO_RATE_LIMITS, describeAvitoError } from "@/lib/marketplaces/avito/client";
import type { AvitoCredentials } from "@/lib/marketplaces/avito/credentials";
import { avitoTokenResponseSchema } from "@/lib/marketplaces/avito/schemas";
import { buildHttpContext } from "@/lib/marketplaces/connector-kit";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import type { CachedToken } from "@/lib/marketplaces/http/token-cache";
import { MarketplaceAuthError, MarketplaceRequestError } from "@/lib/marketplaces/http/errors";
import { requestJson, type HttpContext } from "@/lib/marketplaces/http/request";
import type { ConnectorRuntimeOptions } from "@/lib/marketplaces/types";

// Avito OAuth 2: POST {api}/token, x-www-form-urlencoded. client_credentials for one's own account;
// authorization_code + refresh_token for a seller who connects theirs (refresh tokens rotate).

export const AVITO_SCOPES = ["messenger:read", "messenger:write", "user:read"] as const;

const tokenResultSchema = z.union([
  avitoTokenResponseSchema,
  // Token endpoints answer some refusals with 200 + OAuth error fields.
  z.object({ error: z.string(), error_description: z.string().nullish() }),
]);

export type AvitoToken = CachedToken;

/** The code exchange answered without a refresh token: the connection cannot be kept (worded by the page). */
export const NO_REFRESH_TOKEN = "NO_REFRESH_TOKEN";

/** avito-auth.json: "Время действия токена ограничено - 24 часа"; used when the answer gives no usable expires_in. */
const AVITO_TOKEN_LIFETIME_SECONDS = 86_400;

export async function requestAvitoToken({
  ctx,
  tokenUrl,
  form,
  now = Date.now(),
}: {
  ctx: HttpContext;
  tokenUrl: string;
  form: Record<string, string>;
  now?: number;
}): Promise<AvitoToken> {
  const res = await requestJson(
    ctx,
    { method: "POST", url: tokenUrl, urlencoded: new URLSearchParams(form), bucket: "token", anonymous: true },
    tokenResultSchema,
  ).catch((error: unknown) => {
    // invalid_client / invalid_grant come as 400: for the token endpoint that is an auth failure.
    if (error instanceof MarketplaceRequestError && (error.status === 400 || error.status === 401)) {
      throw new MarketplaceAuthError({
        marketplace: "avito",
        status: error.status,
        message: error.vendorMessage ?? error.message,
        vendorCode: error.vendorCode,
      });
    }
    throw error;
  });
  if ("error" in res) {
    throw new MarketplaceAuthError({
      marketplace: "avito",
      status: 200,
      message: res.error_description || res.error,
      vendorCode: res.error,
    });
  }
  const lifetime = res.expires_in && res.expires_in > 0 ? res.expires_in : AVITO_TOKEN_LIFETIME_SECONDS;
  return { accessToken: res.access_token, expiresAt: now + lifetime * 1000, refreshToken: res.refresh_token ?? null };
}

/** URL to send a seller to; Avito redirects back with ?code=...&state=... */
export function buildAvitoAuthorizeUrl({
  clientId,
  state,
  authorizeUrl = "https://avito.ru/oauth",
  scopes = AVITO_SCOPES,
}: {
  clientId: string;
  state: string;
  authorizeUrl?: string;
  scopes?: readonly string[];
}): string {
  const url = new URL(authorizeUrl);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("scope", scopes.join(","));
  url.searchParams.set("state", state);
  return url.toString();
}

/**
 * Authorization-code exchange for a seller connecting their own Avito account. Returns credentials to
 * store (encrypted) with the account; the connector refreshes and rotates them from then on.
 */
export async function exchangeAvitoAuthorizationCode({
  clientId,
  clientSecret,
  code,
  apiBaseUrl = "https://api.avito.ru",
  runtime = {},
}: {
  clientId: string;
  clientSecret: string;
  code: string;
  apiBaseUrl?: string;
  runtime?: ConnectorRuntimeOptions;
}): Promise<AvitoCredentials> {
  const ctx = buildHttpContext({
    marketplace: "avito",
    runtime,
    accountKey: accountKeyFrom({ parts: ["avito", clientId, "code"] }),
    rateLimits: AVITO_RATE_LIMITS,
    describeError: describeAvitoError,
  });
  const token = await requestAvitoToken({
    ctx,
    tokenUrl: `${apiBaseUrl}/token`,
    form: { grant_type: "authorization_code", client_id: clientId, client_secret: clientSecret, code },
  });
  if (!token.refreshToken) {
    const message = "Avito returned no refresh_token for this code";
    throw new MarketplaceAuthError({ marketplace: "avito", message, vendorCode: NO_REFRESH_TOKEN });
  }
  return { clientId, clientSecret, refreshToken: token.refreshToken };
}
