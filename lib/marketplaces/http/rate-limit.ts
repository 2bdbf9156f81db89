import Bottleneck from "bottleneck";
import { z } from "zod";

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

export function getLimiter({ bucket, accountKey, limit }: { bucket: string; accountKey: string; limit: RateLimitInput }): Bottleneck {
  const parsed = rateLimitSchema.parse(limit);
  return groupFor({ name: bucket, limit: parsed }).key(accountKey);
}

/** Hour-based quotas (Yandex Market) expressed as a bucket: full hour's quota as burst, refilled evenly. */
export function perHour(requests: number): RateLimitInput {
  return { burst: requests, intervalMs: 3_600_000 / requests };
}
