import { z } from "zod";
import { channelSchema } from "@/lib/notify/channel";
import { isValidTimeZone } from "@/lib/time/zoned-time";

// The review-request settings' fields, one rule each for the stored settings (lib/review-requests/plan-request.ts)
// and the settings route's body (lib/review-requests/review-settings-schema.ts).

export const channelOrderSchema = z
  .array(channelSchema)
  .min(1)
  .refine((list) => new Set(list).size === list.length, "channels must not repeat");
export const delayMinutesSchema = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 60);
export const timeZoneSchema = z.string().refine(isValidTimeZone, "unknown IANA time zone");
// 0 turns the per-phone limit off.
export const frequencyDaysSchema = z.number().int().min(0).max(365);
