import { z } from "zod";

import { e164Schema } from "@/lib/notify/recipient";
import { webhookReasonSchema } from "@/lib/review-requests/webhook-reason";

export const webhookSkipCodeSchema = z.enum([
  "ignored_event", // an event type we do not act on (StopListUpdate, a contact update ...)
  "not_final_status", // the order/visit/deal is not finished (yet)
  "deleted", // the record was deleted or cancelled
  "no_phone", // no phone in any known field
  "invalid_phone", // a phone field exists but holds nothing we can text
]);
export type WebhookSkipCode = z.infer<typeof webhookSkipCodeSchema>;

export const eligibleEventSchema = z.object({
  outcome: z.literal("eligible"),
  /** Order id / visit id / lead id; unique per source. The idempotency key. */
  sourceEventId: z.string().min(1),
  phone: e164Schema,
  customerName: z.string().min(1).optional(),
  email: z.email().optional(),
  occurredAt: z.date().optional(),
});
export type EligibleEvent = z.infer<typeof eligibleEventSchema>;

export const skippedEventSchema = z.object({
  outcome: z.literal("skipped"),
  code: webhookSkipCodeSchema,
  /** Why, as a code with values: worded in the reader's language where the events are shown. */
  reason: webhookReasonSchema,
  sourceEventId: z.string().min(1).optional(),
});
export type SkippedEvent = z.infer<typeof skippedEventSchema>;

export const webhookOutcomeSchema = z.discriminatedUnion("outcome", [eligibleEventSchema, skippedEventSchema]);
export type WebhookOutcome = z.infer<typeof webhookOutcomeSchema>;
