import crypto from "node:crypto";
import type Redis from "ioredis";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { redis } from "@/lib/redis";

// Access-token cache for OAuth-style marketplaces (Avito, Amazon LWA). Module-level, so connector instances
// created per request for the same account share one token until it is about to expire. With REDIS_URL
// the token and its refresh are shared by every instance too: one instance refreshes while the others
// wait for its token (a rotating refresh token is single-use: two refreshing at once would spend it
// twice and lose the account). The token is kept in Redis encrypted, like every stored credential.

export type CachedToken = { accessToken: string; expiresAt: number; refreshToken: string | null };

/** Token cache shared by connector instances of the same account (connectors may be created per request). */
const TOKEN_CACHE = new Map<string, CachedToken>();
/** One token request per key at a time in this process (per cache: tests stand up two "processes"). */
const INFLIGHT = new WeakMap<Map<string, CachedToken>, Map<string, Promise<CachedToken>>>();
const EXPIRY_MARGIN_MS = 60_000;
// Longer than one token request (bounded by the HTTP client's timeout); a holder that died frees it then.
const LOCK_MS = 20_000;
const WAIT_STEP_MS = 100;

type Shared = { client: Redis; key: string };

export function createTokenProvider({
  cacheKey,
  fetchToken,
  now = () => Date.now(),
  local = TOKEN_CACHE,
}: {
  cacheKey: string;
  fetchToken: () => Promise<CachedToken>;
  now?: () => number;
  /** This process's cache (tests stand two processes up with a cache each). */
  local?: Map<string, CachedToken>;
}) {
  const fresh = (t: CachedToken | null | undefined): t is CachedToken =>
    Boolean(t && t.expiresAt - EXPIRY_MARGIN_MS > now());
  const client = redis();
  const shared: Shared | null = client
    ? { client, key: `agentiq:token:${crypto.createHash("sha256").update(cacheKey).digest("hex").slice(0, 32)}` }
    : null;
  if (!INFLIGHT.has(local)) INFLIGHT.set(local, new Map());
  const inflights = INFLIGHT.get(local)!;
  return {
    async accessToken(): Promise<string> {
      const cached = local.get(cacheKey);
      if (fresh(cached)) return cached.accessToken;
      let inflight = inflights.get(cacheKey);
      if (!inflight) {
        inflight = (shared ? sharedToken({ shared, fetchToken, fresh, now }) : fetchToken()).finally(() =>
          inflights.delete(cacheKey),
        );
        inflights.set(cacheKey, inflight);
      }
      const token = await inflight;
      local.set(cacheKey, token);
      return token.accessToken;
    },
    /** Drops the cached token (after a 401); returns true if there was one to drop. */
    invalidate(): boolean {
      const dropped = local.get(cacheKey);
      local.delete(cacheKey);
      // Only the token that was refused: another instance may have stored a newer one meanwhile. One
      // command, sent now: the retry's read on this connection comes after it.
      if (shared && dropped)
        void shared.client.eval(DROP_IF_SAME, 1, shared.key, `${fingerprint(dropped.accessToken)}.`).catch(() => {});
      return Boolean(dropped);
    },
  };
}

// Stored as "<fingerprint>.<ciphertext>": the fingerprint (a hash, not the token) lets Redis drop a
// refused token without reading it.
const DROP_IF_SAME =
  "local v = redis.call('get', KEYS[1]) if v and string.sub(v, 1, #ARGV[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";
const fingerprint = (accessToken: string) => crypto.createHash("sha256").update(accessToken).digest("hex").slice(0, 16);

async function readShared(shared: Shared): Promise<CachedToken | null> {
  const stored = await shared.client.get(shared.key);
  if (!stored) return null;
  try {
    return JSON.parse(
      decryptSecret({ ciphertext: stored.slice(stored.indexOf(".") + 1), key: env().APP_ENCRYPTION_KEY }),
    ) as CachedToken;
  } catch {
    return null;
  }
}

async function sharedToken({
  shared,
  fetchToken,
  fresh,
  now,
}: {
  shared: Shared;
  fetchToken: () => Promise<CachedToken>;
  fresh: (t: CachedToken | null) => boolean;
  now: () => number;
}): Promise<CachedToken> {
  const lockKey = `${shared.key}:lock`;
  const holder = crypto.randomUUID();
  for (const deadline = now() + LOCK_MS * 2; ;) {
    const current = await readShared(shared);
    if (fresh(current)) return current!;
    if ((await shared.client.set(lockKey, holder, "PX", LOCK_MS, "NX")) === "OK") {
      try {
        // Another instance may have finished its refresh between the read and the lock.
        const again = await readShared(shared);
        if (fresh(again)) return again!;
        const token = await fetchToken();
        const ttl = Math.max(1_000, token.expiresAt - now());
        const sealed = encryptSecret({ plaintext: JSON.stringify(token), key: env().APP_ENCRYPTION_KEY });
        await shared.client.set(shared.key, `${fingerprint(token.accessToken)}.${sealed}`, "PX", ttl);
        return token;
      } finally {
        // Released only by its holder (a lock that expired may belong to another instance by now).
        await shared.client.eval(
          "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0",
          1,
          lockKey,
          holder,
        );
      }
    }
    if (now() > deadline) throw new Error("token refresh: another instance holds the refresh too long");
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
}
