import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { database } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Brute-force and abuse limits for the unauthenticated account endpoints. Sign-in counts failures
// only (a successful sign-in clears the account's count); sign-up and password reset count every
// request, since each sends an email. Per account (the email) and per client address.
export const THROTTLE_RULES = {
  signInAccount: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  signInAddress: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
  signUpAccount: { points: 3, duration: 60 * 60 },
  signUpAddress: { points: 10, duration: 60 * 60 },
  resetAccount: { points: 3, duration: 60 * 60 },
  resetAddress: { points: 10, duration: 60 * 60 },
} as const;
export type ThrottleRule = keyof typeof THROTTLE_RULES;
export type ThrottleKey = { rule: ThrottleRule; key: string };

// One set of limiters per database: in memory on the embedded database (one process), in the
// database itself on PostgreSQL, so several app instances share the counts.
const limiters = new WeakMap<object, Map<ThrottleRule, RateLimiterAbstract>>();

function limiter(rule: ThrottleRule): RateLimiterAbstract {
  const db = database();
  let set = limiters.get(db.prisma);
  if (!set) limiters.set(db.prisma, (set = new Map()));
  let l = set.get(rule);
  if (!l) {
    const opts = { keyPrefix: rule, ...THROTTLE_RULES[rule] };
    l =
      db.kind === "postgres"
        ? new RateLimiterPrisma({ ...opts, storeClient: db.prisma, tableName: "rateLimit" })
        : new RateLimiterMemory(opts);
    set.set(rule, l);
  }
  return l;
}

export function tooManyAttempts(msBeforeNext: number): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("rate_limited", "Too many attempts, try again later", {
    details: { reason: "too_many_attempts", retryAfterSeconds },
  });
}

/** Refuses (429) when any of the keys has used up its attempts, without counting this one. */
export async function checkThrottle(keys: ThrottleKey[]): Promise<void> {
  for (const { rule, key } of keys) {
    const res = await limiter(rule).get(key);
    if (res && res.consumedPoints >= THROTTLE_RULES[rule].points) throw tooManyAttempts(res.msBeforeNext);
  }
}

/** Counts one attempt against each key; refuses (429) when that goes over a limit. */
export async function consumeThrottle(keys: ThrottleKey[]): Promise<void> {
  let refusedFor = 0;
  for (const { rule, key } of keys) {
    try {
      await limiter(rule).consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      refusedFor = Math.max(refusedFor, error.msBeforeNext);
    }
  }
  if (refusedFor) throw tooManyAttempts(refusedFor);
}

export async function clearThrottle({ rule, key }: ThrottleKey): Promise<void> {
  await limiter(rule).delete(key);
}
