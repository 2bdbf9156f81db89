import { env } from "@/lib/env";
import { sendResendEmail } from "@/lib/notify/resend-email";

/**
 * An operator notification by email through Resend (the app's own key, as for sign-in links). The
 * idempotency key makes a repeated call within Resend's 24 h a no-op on their side too.
 */
export async function sendNotificationEmail({ to, subject, text, idempotencyKey }: { to: string; subject: string; text: string; idempotencyKey: string }): Promise<string> {
  const e = env();
  if (!e.RESEND_API_KEY) return "not_configured";
  const result = await sendResendEmail({
    config: { apiKey: e.RESEND_API_KEY, from: e.EMAIL_FROM, baseUrl: e.RESEND_BASE_URL },
    to,
    subject,
    text,
    html: `<p>${escapeHtml(text)}</p>`,
    idempotencyKey,
  });
  return result.status === "sent" ? "sent" : `failed: ${result.error ?? "error"}`.slice(0, 300);
}

function escapeHtml(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
