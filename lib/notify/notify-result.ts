import { z } from "zod";

import { providerSchema } from "@/lib/notify/channel";

// Status of one provider call. "delivered" only where the provider reports it (SMS.ru status
// check); WhatsApp and email delivery arrive later through the providers' own callbacks.
export const notifyStatusSchema = z.enum(["sent", "delivered", "failed"]);
export type NotifyStatus = z.infer<typeof notifyStatusSchema>;

export const notifyErrorKindSchema = z.enum([
  "invalid_request", // we refused to call: bad phone, empty text
  "network", // no connection: the message certainly did not leave
  "timeout", // no answer in time: the provider may or may not have sent it
  "http", // the provider answered with an HTTP error
  "provider", // HTTP 200 but the provider reports an error in the body (SMS.ru)
  "invalid_response", // the answer did not match the documented shape
]);
export type NotifyErrorKind = z.infer<typeof notifyErrorKindSchema>;

export const notifyResultSchema = z.object({
  ok: z.boolean(),
  provider: providerSchema,
  status: notifyStatusSchema,
  providerMessageId: z.string().optional(),
  httpStatus: z.number().int().optional(),
  // Sanitized: secrets replaced, size capped. Safe to store and show to the operator.
  providerResponse: z.unknown(),
  error: z.string().optional(),
  errorKind: notifyErrorKindSchema.optional(),
  retryable: z.boolean(),
});
export type NotifyResult = z.infer<typeof notifyResultSchema>;

export const DEFAULT_TIMEOUT_MS = 10_000;
export const timeoutMsSchema = z.number().int().min(1).max(120_000).default(DEFAULT_TIMEOUT_MS);
