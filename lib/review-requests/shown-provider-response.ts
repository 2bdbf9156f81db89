import { z } from "zod";

import { cleanText } from "@/lib/net/clean-text";
import { summarizeProviderResponse } from "@/lib/notify/summarize-response";

// What the request log shows of a stored providerResponse. New rows already hold summaries; rows
// written by older versions may hold a provider's raw answer, which is reduced here the same way.

const storedAttemptsSchema = z.array(
  z.looseObject({
    channel: z.string().nullish(),
    provider: z.string().nullish(),
    status: z.string().nullish(),
    httpStatus: z.number().int().nullish(),
    error: z.string().nullish(),
    response: z.unknown(),
  }),
);

/** Our own "not sent" preview of a skipped request. */
const previewSchema = z.object({ notSent: z.literal(true), channels: z.array(z.string()), sms: z.string().optional() });

export function shownProviderResponse({ value }: { value: unknown }): unknown {
  const preview = previewSchema.safeParse(value);
  if (preview.success) return preview.data;
  const attempts = storedAttemptsSchema.safeParse(value);
  if (!attempts.success) return null;
  return attempts.data.map((attempt) => ({
    channel: attempt.channel ?? null,
    provider: attempt.provider ?? null,
    status: attempt.status ?? null,
    httpStatus: attempt.httpStatus ?? null,
    error: attempt.error ? cleanText({ text: attempt.error, secrets: [] }) : null,
    response: summarizeProviderResponse({
      httpStatus: attempt.httpStatus ?? undefined,
      value: attempt.response,
      secrets: [],
    }),
  }));
}
