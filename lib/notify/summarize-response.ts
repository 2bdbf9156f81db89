import { z } from "zod";

import { cleanText } from "@/lib/net/clean-text";

// What an operator is shown of a provider's answer: the HTTP status and the provider's own error code
// and message, short and cleaned. The raw body is never stored or shown: it may be an internal page,
// echo a secret, or be large.

const MAX_CODE = 64;
const MAX_MESSAGE = 300;

export const providerSummarySchema = z.object({
  httpStatus: z.number().int().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
});
export type ProviderSummary = z.infer<typeof providerSummarySchema>;

const scalar = z.union([z.string(), z.number()]).transform(String);

// The error shapes of the four providers: Meta {error: {code, message, error_data.details}},
// SMS.ru {status_code, status_text}, Resend {name, message}, Exolve {error: "..."} or {error: {message, details}}.
const errorShapeSchema = z.looseObject({
  error: z
    .union([
      scalar,
      z.looseObject({
        code: scalar.optional(),
        type: scalar.optional(),
        message: scalar.optional(),
        details: scalar.optional(),
        error_data: z.looseObject({ details: scalar.optional() }).optional(),
      }),
    ])
    .optional(),
  status_code: scalar.optional(),
  status_text: scalar.optional(),
  code: scalar.optional(),
  name: scalar.optional(),
  message: scalar.optional(),
  error_description: scalar.optional(),
});

export function summarizeProviderResponse({
  httpStatus,
  value,
  secrets,
}: {
  httpStatus?: number;
  value: unknown;
  secrets: readonly (string | undefined)[];
}): ProviderSummary {
  const summary: ProviderSummary = httpStatus === undefined ? {} : { httpStatus };
  const parsed = errorShapeSchema.safeParse(value);
  if (!parsed.success) return summary;
  const body = parsed.data;
  const nested = typeof body.error === "object" ? body.error : undefined;
  const code =
    nested?.code ??
    nested?.type ??
    body.status_code ??
    body.code ??
    body.name ??
    (typeof body.error === "string" ? body.error : undefined);
  const message =
    nested?.message ??
    nested?.details ??
    nested?.error_data?.details ??
    body.status_text ??
    body.message ??
    body.error_description;
  if (code) summary.code = cleanText({ text: code, secrets, max: MAX_CODE });
  if (message) summary.message = cleanText({ text: message, secrets, max: MAX_MESSAGE });
  return summary;
}
