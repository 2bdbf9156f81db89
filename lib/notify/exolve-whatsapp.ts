import { z } from "zod";

import { joinUrl } from "@/lib/notify/http-request";
import type { NotifyResult } from "@/lib/notify/notify-result";
import { timeoutMsSchema } from "@/lib/notify/notify-result";
import { postBearerJson } from "@/lib/notify/post-bearer-json";
import { invalidRequest } from "@/lib/notify/provider-result";
import { e164Schema, toProviderDigits } from "@/lib/notify/recipient";

// Exolve (MTS) gives WhatsApp API access only through sales, and neither the seed nor the
// public docs name the WhatsApp endpoint. We speak the request shape Exolve documents for its
// messaging API (POST /messaging/v1/SendSMS: Bearer key, JSON {number, destination, text},
// answer {message_id}) and take the path from config, so the endpoint issued with access can be
// set without a code change. No default on purpose: guessing would silently send SMS instead.
export const exolveWhatsappConfigSchema = z.object({
  apiKey: z.string().min(1),
  senderId: z.string().min(1),
  sendPath: z.string().regex(/^\/[\w\-/.]*$/, "a path such as /messaging/v1/..."),
  baseUrl: z.url().default("https://api.exolve.ru"),
  timeoutMs: timeoutMsSchema,
});
export type ExolveWhatsappConfig = z.input<typeof exolveWhatsappConfigSchema>;

export const exolveSendResponseSchema = z.looseObject({
  message_id: z.union([z.string(), z.number()]).transform(String),
});

const exolveErrorSchema = z.looseObject({
  error: z
    .union([z.string(), z.looseObject({ message: z.string().optional(), details: z.string().optional() })])
    .optional(),
  message: z.string().optional(),
});

export async function sendExolveWhatsapp({
  config: rawConfig,
  to,
  text,
}: {
  config: ExolveWhatsappConfig;
  to: string;
  text: string;
}): Promise<NotifyResult> {
  const config = exolveWhatsappConfigSchema.parse(rawConfig);
  const phone = e164Schema.safeParse(to);
  if (!phone.success || text.trim() === "") {
    return invalidRequest({
      provider: "exolve_whatsapp",
      error: "invalid phone or empty text",
      secrets: [config.apiKey],
    });
  }
  return postBearerJson({
    provider: "exolve_whatsapp",
    vendorName: "Exolve",
    url: joinUrl(config.baseUrl, config.sendPath),
    token: config.apiKey,
    body: { number: config.senderId, destination: toProviderDigits(phone.data), text },
    timeoutMs: config.timeoutMs,
    responseSchema: exolveSendResponseSchema,
    messageIdOf: (response) => response.message_id,
    describeHttpError: describeExolveError,
  });
}

function describeExolveError(json: unknown): string | undefined {
  const parsed = exolveErrorSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { error, message } = parsed.data;
  if (typeof error === "string") return error;
  return error?.message ?? error?.details ?? message;
}
