// Access-token cache for OAuth-style marketplaces (Avito, Amazon LWA). Module-level, so connector instances
// created per request for the same account share one token until it is about to expire.

export type CachedToken = { accessToken: string; expiresAt: number; refreshToken: string | null };

/** Token cache shared by connector instances of the same account (connectors may be created per request). */
const TOKEN_CACHE = new Map<string, CachedToken>();
/** One token request per key at a time, across instances: a single-use refresh token is spent once. */
const INFLIGHT = new Map<string, Promise<CachedToken>>();
const EXPIRY_MARGIN_MS = 60_000;

export function createTokenProvider({
  cacheKey,
  fetchToken,
  now = () => Date.now(),
}: {
  cacheKey: string;
  fetchToken: () => Promise<CachedToken>;
  now?: () => number;
}) {
  return {
    async accessToken(): Promise<string> {
      const cached = TOKEN_CACHE.get(cacheKey);
      if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > now()) return cached.accessToken;
      let inflight = INFLIGHT.get(cacheKey);
      if (!inflight) {
        inflight = fetchToken().finally(() => INFLIGHT.delete(cacheKey));
        INFLIGHT.set(cacheKey, inflight);
      }
      const token = await inflight;
      TOKEN_CACHE.set(cacheKey, token);
      return token.accessToken;
    },
    /** Drops the cached token (after a 401); returns true if there was one to drop. */
    invalidate(): boolean {
      return TOKEN_CACHE.delete(cacheKey);
    },
  };
}
