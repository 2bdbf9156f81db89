import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import type { NotifyErrorKind } from "@/lib/notify/notify-result";
import { sendResendEmail, type ResendEmails } from "@/lib/notify/resend-email";

const log = logger("email");

/** `code` is ours: "not_configured" or the sender's error kind (network, timeout, http...); `reason` is for logs. */
export type SendEmailResult =
  { sent: true; id: string } | { sent: false; code: "not_configured" | NotifyErrorKind; reason: string };

/** An email from the app itself (sign-in links, invites, operator notifications) with the app's Resend key. */
export async function sendEmail({
  to,
  subject,
  text,
  idempotencyKey,
  emails,
}: {
  to: string;
  subject: string;
  text: string;
  idempotencyKey?: string;
  emails?: ResendEmails;
}): Promise<SendEmailResult> {
  const e = env();
  if (!e.RESEND_API_KEY) {
    log.info("not sent: provider not configured", { subject });
    return { sent: false, code: "not_configured", reason: "provider not configured" };
  }
  const result = await sendResendEmail({
    config: { apiKey: e.RESEND_API_KEY, from: e.EMAIL_FROM, baseUrl: e.RESEND_BASE_URL },
    to,
    subject,
    text,
    idempotencyKey,
    emails,
  });
  if (result.ok) return { sent: true, id: result.providerMessageId ?? "" };
  return { sent: false, code: result.errorKind ?? "provider", reason: result.error ?? "error" };
}
