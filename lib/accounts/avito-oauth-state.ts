import crypto from "node:crypto";
import { z } from "zod";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";

// "Подключить через Авито" is a round trip through avito.ru. The `state` parameter is a random nonce;
// its twin travels in an encrypted (so tamper-proof) httpOnly cookie together with who started the flow.
// The callback accepts the code only when both match and the same member of the same workspace is
// signed in: a code injected from another browser or another session is refused (CSRF).

export const AVITO_OAUTH_COOKIE = "avito_oauth";
export const AVITO_OAUTH_RESULT_COOKIE = "avito_oauth_result";
const TTL_MS = 10 * 60_000;

const stateSchema = z.object({
  nonce: z.string().min(20),
  userId: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  baseUrls: z.record(z.string(), z.string()).nullable(),
  expiresAt: z.number(),
});
export type AvitoOauthState = z.infer<typeof stateSchema>;

/**
 * The callback's outcome, carried to the settings page in a short-lived cookie: a code the page words
 * in the member's language; Avito's own words as they came; a refusal of the check in both languages.
 */
export const avitoOauthResultSchema = z.union([
  z.object({ ok: z.literal(true), accountId: z.string() }),
  z.object({
    ok: z.literal(false),
    code: z.enum(["stale_state", "not_configured", "no_code", "no_refresh_token", "failed"]),
  }),
  z.object({ ok: z.literal(false), code: z.literal("avito_refused"), said: z.string().max(1000) }),
  z.object({ ok: z.literal(false), code: z.literal("refused"), ru: z.string().max(1000), en: z.string().max(1000) }),
]);
export type AvitoOauthResult = z.infer<typeof avitoOauthResultSchema>;

export function readAvitoOauthResult({ cookie }: { cookie: string | undefined }): AvitoOauthResult | null {
  if (!cookie) return null;
  try {
    return avitoOauthResultSchema.parse(JSON.parse(cookie));
  } catch {
    return null;
  }
}

export function sealAvitoOauthState({ state }: { state: Omit<AvitoOauthState, "nonce" | "expiresAt"> }): {
  nonce: string;
  cookie: string;
  maxAgeSeconds: number;
} {
  const nonce = crypto.randomBytes(24).toString("base64url");
  const cookie = encryptSecret({
    plaintext: JSON.stringify({ ...state, nonce, expiresAt: Date.now() + TTL_MS }),
    key: env().APP_ENCRYPTION_KEY,
  });
  return { nonce, cookie, maxAgeSeconds: TTL_MS / 1000 };
}

/** The sealed state if the cookie is ours, unexpired, and its nonce equals `state`; else null. */
export function openAvitoOauthState({
  cookie,
  state,
}: {
  cookie: string | undefined;
  state: string | undefined;
}): AvitoOauthState | null {
  if (!cookie || !state) return null;
  let parsed: AvitoOauthState;
  try {
    parsed = stateSchema.parse(JSON.parse(decryptSecret({ ciphertext: cookie, key: env().APP_ENCRYPTION_KEY })));
  } catch {
    return null;
  }
  const a = Buffer.from(parsed.nonce);
  const b = Buffer.from(state);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return null;
  return parsed.expiresAt > Date.now() ? parsed : null;
}

/** Cookie attributes: sent on the top-level redirect back from avito.ru (lax), never readable by scripts. */
export function oauthCookieOptions({ secure, maxAge, path }: { secure: boolean; maxAge: number; path: string }) {
  return { httpOnly: true, sameSite: "lax" as const, secure, maxAge, path };
}
