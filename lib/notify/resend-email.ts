import { Resend } from "resend";
import { z } from "zod";

import { cleanText } from "@/lib/net/clean-text";
import { isRetryableHttpStatus } from "@/lib/notify/http-request";
import type { NotifyResult } from "@/lib/notify/notify-result";
import { timeoutMsSchema } from "@/lib/notify/notify-result";
import { failedResult, invalidRequest, sentResult } from "@/lib/notify/provider-result";

// The one email sender: review requests (the workspace's key), sign-in links, invites and operator
// notifications (the app's key) all go through the Resend SDK here.

export const resendConfigSchema = z.object({
  apiKey: z.string().min(1),
  from: z.string().min(3), // "Кофейня <noreply@example.ru>" or a bare address on a verified domain
  replyTo: z.email().optional(),
  // Set by the operator (RESEND_BASE_URL), never by a workspace: the SDK's own fetch goes there.
  baseUrl: z.url().default("https://api.resend.com"),
  timeoutMs: timeoutMsSchema,
});
export type ResendConfig = z.input<typeof resendConfigSchema>;

/** The part of the SDK we use; tests pass a fake with the same signature. */
export type ResendEmails = Pick<Resend["emails"], "send">;

export const resendSendResponseSchema = z.looseObject({ id: z.string().min(1) });

// The SDK's error (ErrorResponse): Resend's own body, or one the SDK builds for a body it cannot read.
// statusCode is null when no answer came; missing when some other JSON (a gateway's) stood in for Resend's.
const resendErrorSchema = z.looseObject({
  statusCode: z.number().int().nullable().optional(),
  name: z.string().optional(),
  message: z.string().optional(),
});

/**
 * Worth retrying, by HTTP status: 408, 429 and 5xx, and 409, which Resend answers while a request with
 * the same idempotency key is still in flight. The name is no guide: the SDK calls any unreadable body
 * "application_error", a proxy's 413 as much as a 503.
 */
function isRetryableResendStatus(status: number): boolean {
  return status === 409 || isRetryableHttpStatus(status);
}

export function resendEmails(config: { apiKey: string; baseUrl: string }): ResendEmails {
  return new Resend(config.apiKey, { baseUrl: config.baseUrl.replace(/\/+$/, "") }).emails;
}

const headerLine = (text: string) => cleanText({ text, secrets: [], max: 900 });

export async function sendResendEmail({
  config: rawConfig,
  to,
  subject,
  html,
  text,
  idempotencyKey,
  emails,
}: {
  config: ResendConfig;
  to: string;
  subject: string;
  html?: string;
  text: string;
  /** Resend drops a repeat with the same key for 24h: a retried job cannot send twice. */
  idempotencyKey?: string;
  emails?: ResendEmails;
}): Promise<NotifyResult> {
  const parsedConfig = resendConfigSchema.parse(rawConfig);
  const secrets = [parsedConfig.apiKey];
  // Subject and sender become header lines: a line break in a workspace's, a buyer's or a product's name
  // (an invitation's subject, a review request's template) must not start a header of its own.
  const config = { ...parsedConfig, from: headerLine(parsedConfig.from) };
  subject = headerLine(subject);
  if (!z.email().safeParse(to).success || subject === "") {
    return invalidRequest({ provider: "resend", error: "invalid email or empty subject", secrets });
  }
  const signal = AbortSignal.timeout(config.timeoutMs);
  let answer: Awaited<ReturnType<ResendEmails["send"]>> | undefined;
  try {
    answer = await (emails ?? resendEmails(config)).send(
      {
        from: config.from,
        to: [to],
        subject,
        text,
        ...(html ? { html } : {}),
        ...(config.replyTo ? { replyTo: config.replyTo } : {}),
      },
      { signal, ...(idempotencyKey ? { idempotencyKey: idempotencyKey.slice(0, 256) } : {}) },
    );
  } catch {
    answer = undefined; // the SDK reports failures in its result; a throw is a transport failure all the same
  }
  if (signal.aborted)
    return failedResult({ provider: "resend", error: "timeout", errorKind: "timeout", retryable: true, secrets });
  if (!answer)
    return failedResult({
      provider: "resend",
      error: "network: network error",
      errorKind: "network",
      retryable: true,
      secrets,
    });
  if (answer.error) {
    const { statusCode, name = "error", message = "" } = resendErrorSchema.catch({}).parse(answer.error);
    // No status: the request never got an answer (connection refused, DNS, unreadable body).
    if (statusCode === null)
      return failedResult({
        provider: "resend",
        error: `network: ${name}`,
        errorKind: "network",
        retryable: true,
        secrets,
      });
    // An error body that is not Resend's: something between us and Resend answered; it may pass later.
    if (statusCode === undefined)
      return failedResult({
        provider: "resend",
        error: `unexpected Resend error: ${message}`,
        errorKind: "invalid_response",
        retryable: true,
        response: { name, message },
        secrets,
      });
    return failedResult({
      provider: "resend",
      error: `HTTP ${statusCode}: ${name}: ${message}`,
      errorKind: "http",
      retryable: isRetryableResendStatus(statusCode),
      httpStatus: statusCode,
      response: { name, message },
      secrets,
    });
  }
  const parsed = resendSendResponseSchema.safeParse(answer.data);
  if (!parsed.success) {
    return failedResult({
      provider: "resend",
      error: "unexpected Resend response",
      errorKind: "invalid_response",
      retryable: false,
      httpStatus: 200,
      response: answer.data,
      secrets,
    });
  }
  return sentResult({
    provider: "resend",
    providerMessageId: parsed.data.id,
    httpStatus: 200,
    response: parsed.data,
    secrets,
  });
}
