import { z } from "zod";
import { AppError } from "@/lib/errors";

export const MIN_LEAD_MS = 60_000;
export const MAX_DAYS_AHEAD = 180;

/** "Remind in N days" or "send at": exactly one of the two. */
export const sendTimeSchema = z.union([
  z.object({ sendAt: z.iso.datetime({ offset: true }), inDays: z.undefined().optional() }),
  z.object({ inDays: z.number().int().min(1).max(MAX_DAYS_AHEAD), sendAt: z.undefined().optional() }),
]);
export type SendTime = z.infer<typeof sendTimeSchema>;

/** The moment to send: at least a minute from now, at most MAX_DAYS_AHEAD days away. */
export function resolveSendAt({ time, now }: { time: SendTime; now: Date }): Date {
  const at = time.sendAt !== undefined ? new Date(time.sendAt) : new Date(now.getTime() + time.inDays! * 86_400_000);
  if (at.getTime() < now.getTime() + MIN_LEAD_MS) {
    throw new AppError("unprocessable", "Choose a time at least a minute from now", { details: { reason: "send_at_past" } });
  }
  if (at.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000) {
    throw new AppError("unprocessable", `Choose a time within ${MAX_DAYS_AHEAD} days`, { details: { reason: "send_at_too_far" } });
  }
  return at;
}
