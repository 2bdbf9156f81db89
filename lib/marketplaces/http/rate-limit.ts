import Bottleneck from "bottleneck";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { z } from "zod";
import { redis } from "@/lib/redis";

// Per-account limiters. A connector may be created per request (serverless), so limiter state lives in a
// module-level registry keyed by marketplace + bucket + account key, not on the connector instance.
// Token-bucket semantics through Bottleneck's reservoir: start full (`burst`), regain one request every
// `intervalMs`, never above `burst`.

export const rateLimitSchema = z.object({
  burst: z.number().int().positive(),
  intervalMs: z.number().positive(),
  maxConcurrent: z.number().int().positive().nullable().default(null),
});

export type RateLimit = z.infer<typeof rateLimitSchema>;
export type RateLimitInput = z.input<typeof rateLimitSchema>;

const groups = new Map<string, Bottleneck.Group>();

function groupFor({ name, limit }: { name: string; limit: RateLimit }): Bottleneck.Group {
  const id = `${name}|${limit.burst}|${limit.intervalMs}|${limit.maxConcurrent ?? ""}`;
  let group = groups.get(id);
  if (!group) {
    group = new Bottleneck.Group({
      maxConcurrent: limit.maxConcurrent,
      reservoir: limit.burst,
      reservoirIncreaseInterval: limit.intervalMs,
      reservoirIncreaseAmount: 1,
      reservoirIncreaseMaximum: limit.burst,
    });
    groups.set(id, group);
  }
  return group;
}

export type Limiter = { schedule<T>(fn: () => Promise<T>): Promise<T> };

/**
 * The limiter of one account's bucket: this process's token bucket (and concurrency), and with
 * REDIS_URL the account's window shared by every instance as well, so several instances together
 * stay within the marketplace's limit.
 */
export function getLimiter({
  bucket,
  accountKey,
  limit,
}: {
  bucket: string;
  accountKey: string;
  limit: RateLimitInput;
}): Limiter {
  const parsed = rateLimitSchema.parse(limit);
  const local = groupFor({ name: bucket, limit: parsed }).key(accountKey);
  const shared = sharedLimiter({ name: bucket, limit: parsed });
  if (!shared) return local;
  return {
    schedule: (fn) => local.schedule(async () => (await takeSharedSlot({ limiter: shared, key: accountKey }), fn())),
  };
}

// The shared window: the marketplace's documented period and limit (Wildberries' chat: 10 requests
// per 10 s) as a fixed window in Redis (whole seconds: Redis expiries are). If Redis fails, each
// instance falls back to a window of its own rather than stopping.
const sharedLimiters = new Map<string, RateLimiterRedis>();

function sharedLimiter({ name, limit }: { name: string; limit: RateLimit }): RateLimiterRedis | null {
  const client = redis();
  if (!client) return null;
  const id = `${name}|${limit.burst}|${limit.intervalMs}`;
  let limiter = sharedLimiters.get(id);
  if (!limiter) {
    const options = sharedWindow({ name, limit });
    limiter = new RateLimiterRedis({
      ...options,
      storeClient: client,
      insuranceLimiter: new RateLimiterMemory(options),
    });
    sharedLimiters.set(id, limiter);
  }
  return limiter;
}

/** The shared window's Redis options (the test plays a second instance with them). */
export function sharedWindow({ name, limit }: { name: string; limit: RateLimit }) {
  return {
    keyPrefix: `agentiq:rl:${name}|${limit.burst}|${limit.intervalMs}`,
    points: limit.burst,
    duration: Math.max(1, Math.ceil((limit.burst * limit.intervalMs) / 1000)),
  };
}

async function takeSharedSlot({ limiter, key }: { limiter: RateLimiterRedis; key: string }): Promise<void> {
  for (;;) {
    try {
      await limiter.consume(key);
      return;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      // Spread the instances that wait for the same window.
      await new Promise((resolve) => setTimeout(resolve, error.msBeforeNext + Math.random() * 50));
    }
  }
}

/** Hour-based quotas (Yandex Market) expressed as a bucket: full hour's quota as burst, refilled evenly. */
export function perHour(requests: number): RateLimitInput {
  return { burst: requests, intervalMs: 3_600_000 / requests };
}
