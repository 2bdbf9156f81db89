import { z } from "zod";

import { notifyCredentialsSchema } from "@/lib/notify/credentials-schema";
import { reviewRequestTemplatesSchema } from "@/lib/review-requests/default-templates";
import { quietHoursSchema } from "@/lib/review-requests/quiet-hours";
import {
  channelOrderSchema,
  delayMinutesSchema,
  frequencyDaysSchema,
  timeZoneSchema,
} from "@/lib/review-requests/settings-fields";

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
  channelOrder: channelOrderSchema,
  delayMinutes: delayMinutesSchema,
  quietHours: quietHoursSchema,
  timeZone: timeZoneSchema,
  frequencyDays: frequencyDaysSchema,
  businessName: z.string().trim().max(100),
  reviewLink: httpUrl,
  templates: reviewRequestTemplatesSchema.partial(),
  credentials: credentialsPatchSchema.default({}),
});
export type UpdateReviewSettingsInput = z.input<typeof updateReviewSettingsSchema>;
