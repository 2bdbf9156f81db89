import { z } from "zod";

import { joinUrl, requestProvider } from "@/lib/notify/http-request";
import type { NotifyResult } from "@/lib/notify/notify-result";
import { timeoutMsSchema } from "@/lib/notify/notify-result";
import { failedResult, sentResult, transportFailure } from "@/lib/notify/provider-result";

// Plain fetch instead of the resend SDK so baseUrl can point at a local fake in tests.
export const resendConfigSchema = z.object({
  apiKey: z.string().min(1),
  from: z.string().min(3), // "Кофейня <noreply@example.ru>" or a bare address on a verified domain
  replyTo: z.email().optional(),
  baseUrl: z.url().default("https://api.resend.com"),
  timeoutMs: timeoutMsSchema,
});
export type ResendConfig = z.input<typeof resendConfigSchema>;

export const resendSendResponseSchema = z.looseObject({ id: z.string().min(1) });
const resendErrorSchema = z.looseObject({ name: z.string().optional(), message: z.string().optional() });

export async function sendResendEmail({
  config: rawConfig,
  to,
  subject,
  html,
  text,
  idempotencyKey,
}: {
  config: ResendConfig;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Resend drops a repeat with the same key for 24h: a retried job cannot send twice. */
  idempotencyKey?: string;
}): Promise<NotifyResult> {
  const config = resendConfigSchema.parse(rawConfig);
  const secrets = [config.apiKey];
  if (!z.email().safeParse(to).success || subject.trim() === "") {
    return failedResult({ provider: "resend", error: "invalid email or empty subject", errorKind: "invalid_request", retryable: false, secrets });
  }
  const headers: Record<string, string> = {
    authorization: `Bearer ${config.apiKey}`,
    "content-type": "application/json",
  };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey.slice(0, 256);

  const http = await requestProvider({
    url: joinUrl(config.baseUrl, "/emails"),
    headers,
    body: JSON.stringify({
      from: config.from,
      to: [to],
      subject,
      html,
      text,
      ...(config.replyTo ? { reply_to: config.replyTo } : {}),
    }),
    timeoutMs: config.timeoutMs,
  });
  if (http.kind !== "response" || http.httpStatus < 200 || http.httpStatus >= 300) {
    return transportFailure({ provider: "resend", http, secrets, describeHttpError: describeResendError });
  }
  const parsed = resendSendResponseSchema.safeParse(http.json);
  if (!parsed.success) {
    return failedResult({ provider: "resend", error: "unexpected Resend response", errorKind: "invalid_response", retryable: false, httpStatus: http.httpStatus, response: http.json ?? http.text, secrets });
  }
  return sentResult({ provider: "resend", providerMessageId: parsed.data.id, httpStatus: http.httpStatus, response: parsed.data, secrets });
}

function describeResendError(json: unknown): string | undefined {
  const parsed = resendErrorSchema.safeParse(json);
  if (!parsed.success) return undefined;
  return [parsed.data.name, parsed.data.message].filter(Boolean).join(": ") || undefined;
}
