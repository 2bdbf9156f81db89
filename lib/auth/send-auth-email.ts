import fs from "node:fs";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { sendEmail } from "@/lib/email/send-email";

const log = logger("auth-email");

/**
 * Sends an account email (verification, password reset, "you already have an account"). Without an
 * email provider in development the link is written to the server console so a developer can follow
 * it; it is never returned by the API (that would let anyone reset anyone's password).
 */
export async function sendAuthEmail({
  to,
  subject,
  text,
  link,
}: {
  to: string;
  subject: string;
  text: string;
  link?: string;
}): Promise<void> {
  const result = await sendEmail({ to, subject, text });
  if (result.sent) return;
  const outbox = env().EMAIL_OUTBOX_FILE;
  if (outbox) fs.appendFileSync(outbox, `${JSON.stringify({ to, subject, link, at: new Date().toISOString() })}\n`);
  if (env().NODE_ENV !== "production" && link)
    log.info("email not sent (no provider); link for development", { to, subject, link });
  else log.warn("email not sent", { subject, reason: result.reason });
}

/**
 * Sends without making the caller wait: sign-up and "forgot password" answer at once whichever email
 * (if any) goes out, so the response time does not tell whether the address has an account.
 */
export function queueAuthEmail(email: { to: string; subject: string; text: string; link?: string }): void {
  sendAuthEmail(email).catch((error: unknown) =>
    log.error("account email failed", { subject: email.subject, error: error instanceof Error ? error.name : "error" }),
  );
}
