import crypto from "node:crypto";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { getLimiter, rateLimitSchema, sharedWindow } from "@/lib/marketplaces/http/rate-limit";
import { createTokenProvider, type CachedToken } from "@/lib/marketplaces/http/token-cache";
import { closeRedis, redis } from "@/lib/redis";
import { redisReachable, TEST_REDIS_URL } from "@/lib/test/redis-reachable";

// Several instances share marketplace rate limits and OAuth token refresh through Redis. Two
// "instances" here are two token caches (or a second limiter client) in one process; the state they
// share lives only in Redis. Runs where a Redis answers (REDIS_URL, else 127.0.0.1:6379).
const REDIS_URL = TEST_REDIS_URL;
const reachable = await redisReachable();

describe.skipIf(!reachable)("instances sharing state through Redis", () => {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.REDIS_URL;
    process.env.REDIS_URL = REDIS_URL;
    resetEnvForTests();
  });
  afterAll(async () => {
    await closeRedis();
    if (saved === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = saved;
    resetEnvForTests();
  });

  it("one OAuth refresh for two instances asking at once; a refused token is dropped for both, a newer one kept", async () => {
    const cacheKey = `avito:${crypto.randomUUID()}`;
    let refreshes = 0;
    const fetchToken = async (): Promise<CachedToken> => {
      refreshes += 1;
      await new Promise((r) => setTimeout(r, 150));
      return {
        accessToken: `access-${refreshes}`,
        expiresAt: Date.now() + 3_600_000,
        refreshToken: `refresh-${refreshes}`,
      };
    };
    const a = createTokenProvider({ cacheKey, fetchToken, local: new Map() });
    const b = createTokenProvider({ cacheKey, fetchToken, local: new Map() });
    const tokens = await Promise.all([a.accessToken(), b.accessToken(), a.accessToken(), b.accessToken()]);
    expect(refreshes).toBe(1);
    expect(new Set(tokens)).toEqual(new Set(["access-1"]));
    // Kept encrypted: neither the access token nor the refresh token is readable in Redis.
    const keys = await redis()!.keys("agentiq:token:*");
    const stored = await redis()!.mget(...keys);
    expect(stored.join("")).toContain("v1:");
    expect(stored.join("")).not.toMatch(/access-1|refresh-1/);

    // The marketplace refuses it at A: dropped for both, and the next request refreshes once.
    expect(a.invalidate()).toBe(true);
    // (B keeps access-1 in its own memory until the marketplace refuses it there too.)
    expect(await Promise.all([a.accessToken(), b.accessToken()])).toEqual(["access-2", "access-1"]);
    // Refused at B: it finds A's access-2, without a refresh of its own.
    expect(b.invalidate()).toBe(true);
    expect(await b.accessToken()).toBe("access-2");
    expect(refreshes).toBe(2);
  });

  it("a rate-limit window another instance used up makes this one wait for the next window", async () => {
    const accountKey = crypto.randomUUID();
    const limit = rateLimitSchema.parse({ burst: 4, intervalMs: 250 });
    // The other instance: the same Redis window, 4 requests a second, all spent.
    const other = new RateLimiterRedis({ ...sharedWindow({ name: "test:chat", limit }), storeClient: redis()! });
    await other.consume(accountKey, 4);
    const left = (await other.get(accountKey))!.msBeforeNext;
    const started = Date.now();
    await getLimiter({ bucket: "test:chat", accountKey, limit }).schedule(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(left - 50);
    // A fresh account's window is its own: no wait.
    const t0 = Date.now();
    await getLimiter({ bucket: "test:chat", accountKey: crypto.randomUUID(), limit }).schedule(async () => undefined);
    expect(Date.now() - t0).toBeLessThan(200);
  });
});
