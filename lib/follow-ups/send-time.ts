import { z } from "zod";
import { AppError } from "@/lib/errors";
import { addLocalDays, elapsedDaysAfter } from "@/lib/time/zoned-time";

export const MIN_LEAD_MS = 60_000;
export const MAX_DAYS_AHEAD = 180;

/** "Remind in N days" or "send at": exactly one of the two. */
export const sendTimeSchema = z.union([
  z.object({ sendAt: z.iso.datetime({ offset: true }), inDays: z.undefined().optional() }),
  z.object({ inDays: z.number().int().min(1).max(MAX_DAYS_AHEAD), sendAt: z.undefined().optional() }),
]);
export type SendTime = z.infer<typeof sendTimeSchema>;

/**
 * The moment to send: at least a minute from now, at most MAX_DAYS_AHEAD days away. "In N days" is
 * N calendar days in the shop's zone, at the same clock time (23 or 25 hours across a DST change).
 */
export function resolveSendAt({ time, now, timeZone }: { time: SendTime; now: Date; timeZone: string }): Date {
  const at =
    time.sendAt !== undefined ? new Date(time.sendAt) : addLocalDays({ at: now, days: time.inDays!, zone: timeZone });
  if (at.getTime() < now.getTime() + MIN_LEAD_MS) {
    throw new AppError("unprocessable", "Choose a time at least a minute from now", {
      details: { reason: "send_at_past" },
    });
  }
  // The upper bound is a plain span (one more hour of margin after a DST change changes nothing).
  if (at.getTime() > elapsedDaysAfter({ at: now, days: MAX_DAYS_AHEAD }).getTime() + 3600_000) {
    throw new AppError("unprocessable", `Choose a time within ${MAX_DAYS_AHEAD} days`, {
      details: { reason: "send_at_too_far" },
    });
  }
  return at;
}
