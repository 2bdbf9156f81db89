import { z } from "zod";

import { channelSchema } from "@/lib/notify/channel";
import { notifyCredentialsSchema } from "@/lib/notify/credentials-schema";
import { reviewRequestTemplatesSchema } from "@/lib/review-requests/default-templates";
import { quietHoursSchema } from "@/lib/review-requests/quiet-hours";
import { isValidTimeZone } from "@/lib/time/zoned-time";

const httpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === "" || /^https?:\/\/\S+$/i.test(value), "must be an http(s) link");

// Credentials are patched: a field left out keeps its stored value, "" clears it. Strict: a provider
// base URL (or any other unknown field) is refused, not silently dropped, so a client that still sends
// one learns that workspaces cannot choose provider hosts.
const credentialsPatchSchema = z.strictObject(
  Object.fromEntries(
    Object.keys(notifyCredentialsSchema.shape).map((key) => [key, z.string().trim().max(2_000).optional()]),
  ) as Record<keyof typeof notifyCredentialsSchema.shape, z.ZodOptional<z.ZodString>>,
);

export const updateReviewSettingsSchema = z.object({
  channelOrder: z
    .array(channelSchema)
    .min(1)
    .refine((list) => new Set(list).size === list.length, "channels must not repeat"),
  delayMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  quietHours: quietHoursSchema,
  timeZone: z.string().refine(isValidTimeZone, "unknown IANA time zone"),
  frequencyDays: z.number().int().min(0).max(365),
  businessName: z.string().trim().max(100),
  reviewLink: httpUrl,
  templates: reviewRequestTemplatesSchema.partial(),
  credentials: credentialsPatchSchema.default({}),
});
export type UpdateReviewSettingsInput = z.input<typeof updateReviewSettingsSchema>;
