import { z } from "zod";
import { sealAvitoOauthState } from "@/lib/accounts/avito-oauth-state";
import { resolveBaseUrls } from "@/lib/accounts/base-urls";
import type { Member } from "@/lib/auth/find-member";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { avitoBaseUrlsSchema } from "@/lib/marketplaces/avito/credentials";
import { buildAvitoAuthorizeUrl } from "@/lib/marketplaces/avito/oauth";

export const startAvitoOauthSchema = z.object({
  name: z.string().trim().max(100).default(""),
  api: z.union([z.literal(""), z.url()]).default(""),
  authorize: z.union([z.literal(""), z.url()]).default(""),
});

export function avitoOauthConfigured(): boolean {
  const e = env();
  return Boolean(e.AVITO_CLIENT_ID && e.AVITO_CLIENT_SECRET);
}

/** Where to send the owner to authorise our Avito app, and the cookie that binds the round trip. */
export function startAvitoOauth({
  member,
  input: raw,
}: {
  member: Member;
  input: z.input<typeof startAvitoOauthSchema>;
}): {
  url: string;
  cookie: string;
  maxAgeSeconds: number;
} {
  const input = startAvitoOauthSchema.parse(raw);
  const clientId = env().AVITO_CLIENT_ID;
  if (!clientId || !avitoOauthConfigured()) {
    const ru = "Вход через Авито не настроен на этом сервере (AVITO_CLIENT_ID и AVITO_CLIENT_SECRET).";
    const en = "Sign-in with Avito is not set up on this server (AVITO_CLIENT_ID and AVITO_CLIENT_SECRET).";
    throw new AppError("unprocessable", en, { details: { reason: "avito_oauth_not_configured", ru, en } });
  }
  const baseUrls = resolveBaseUrls({ marketplace: "avito", baseUrls: { api: input.api, authorize: input.authorize } });
  const { nonce, cookie, maxAgeSeconds } = sealAvitoOauthState({
    state: { userId: member.userId, workspaceId: member.workspaceId, name: input.name, baseUrls },
  });
  const authorizeUrl = baseUrls?.authorize ?? avitoBaseUrlsSchema.parse({}).authorize;
  return { url: buildAvitoAuthorizeUrl({ clientId, state: nonce, authorizeUrl }), cookie, maxAgeSeconds };
}
