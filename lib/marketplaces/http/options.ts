import { z } from "zod";

import { rateLimitSchema } from "@/lib/marketplaces/http/rate-limit";

/** Transport settings; production defaults here, tests pass tiny delays. */
export const httpOptionsSchema = z.object({
  timeoutMs: z.number().positive().default(15_000),
  /** Largest answer read (attachments included); a longer one is cut off and refused. */
  maxResponseBytes: z
    .number()
    .int()
    .positive()
    .default(32 * 1024 * 1024),
  retries: z.number().int().min(0).default(3),
  minRetryDelayMs: z.number().min(0).default(500),
  maxRetryDelayMs: z.number().min(0).default(8_000),
  /** A Retry-After longer than this is not slept through: the rate-limit error goes to the caller to reschedule. */
  maxRetryAfterMs: z.number().min(0).default(60_000),
  /** Override a bucket's documented limit (tests, or a seller with a raised quota). */
  rateLimits: z.record(z.string(), rateLimitSchema.partial()).default({}),
});

export type HttpOptions = z.infer<typeof httpOptionsSchema>;
export type HttpOptionsInput = z.input<typeof httpOptionsSchema>;
