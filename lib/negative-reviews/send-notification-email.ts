import { sendEmail } from "@/lib/email/send-email";

/**
 * An operator notification by email (the app's own key, as for sign-in links). The idempotency key
 * makes a repeated call within Resend's 24 h a no-op on their side too.
 */
export async function sendNotificationEmail({
  to,
  subject,
  text,
  idempotencyKey,
}: {
  to: string;
  subject: string;
  text: string;
  idempotencyKey: string;
}): Promise<string> {
  const result = await sendEmail({ to, subject, text, idempotencyKey });
  if (result.sent) return "sent";
  return result.code === "not_configured" ? "not_configured" : `failed: ${result.reason}`.slice(0, 300);
}
