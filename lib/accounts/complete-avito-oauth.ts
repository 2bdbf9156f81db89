import { z } from "zod";
import { openAvitoOauthState, type AvitoOauthResult } from "@/lib/accounts/avito-oauth-state";
import { checkFailure } from "@/lib/accounts/check-credentials";
import { connectAccount } from "@/lib/accounts/connect-account";
import type { Member } from "@/lib/auth/find-member";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { avitoBaseUrlsSchema } from "@/lib/marketplaces/avito/credentials";
import { exchangeAvitoAuthorizationCode, NO_REFRESH_TOKEN } from "@/lib/marketplaces/avito/oauth";
import { MarketplaceAuthError } from "@/lib/marketplaces/http/errors";

export const avitoCallbackSchema = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(200).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
});

/**
 * Avito sent the owner back with a code: check the state binding, exchange the code for a refresh token,
 * then connect like any account (a real test call; the rotated refresh token is what gets stored).
 * Refusals come back as a code for the settings page to word, not as an error page.
 */
export async function completeAvitoOauth({
  member,
  query: raw,
  cookie,
  origin,
}: {
  member: Member;
  query: Record<string, string>;
  cookie: string | undefined;
  origin: string;
}): Promise<AvitoOauthResult> {
  const query = avitoCallbackSchema.parse(raw);
  const state = openAvitoOauthState({ cookie, state: query.state });
  if (!state || state.userId !== member.userId || state.workspaceId !== member.workspaceId)
    return { ok: false, code: "stale_state" };
  if (query.error) return { ok: false, code: "avito_refused", said: query.error_description || query.error };
  if (!query.code) return { ok: false, code: "no_code" };
  const { AVITO_CLIENT_ID: clientId, AVITO_CLIENT_SECRET: clientSecret } = env();
  if (!clientId || !clientSecret) return { ok: false, code: "not_configured" };
  try {
    const credentials = await exchangeAvitoAuthorizationCode({
      clientId,
      clientSecret,
      code: query.code,
      apiBaseUrl: state.baseUrls?.api ?? avitoBaseUrlsSchema.parse({}).api,
    }).catch((error: unknown) => {
      if (error instanceof MarketplaceAuthError && error.vendorCode === NO_REFRESH_TOKEN) return null;
      throw checkFailure({ marketplace: "avito", error });
    });
    if (!credentials) return { ok: false, code: "no_refresh_token" };
    const { account } = await connectAccount({
      workspaceId: member.workspaceId,
      input: {
        marketplace: "avito",
        name: state.name,
        credentials: { ...credentials },
        baseUrls: state.baseUrls ?? undefined,
      },
      origin,
    });
    return { ok: true, accountId: account.id };
  } catch (error) {
    if (error instanceof AppError && error.expose) return refusal(error);
    throw error;
  }
}

/** An exposed refusal of the check or the connection: its words in both languages, else a general failure. */
function refusal(error: AppError): AvitoOauthResult {
  const { ru, en } = (error.details ?? {}) as { ru?: unknown; en?: unknown };
  return typeof ru === "string" && typeof en === "string"
    ? { ok: false, code: "refused", ru: ru.slice(0, 1000), en: en.slice(0, 1000) }
    : { ok: false, code: "failed" };
}
