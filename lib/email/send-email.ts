import { z } from "zod";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

const log = logger("email");
const resendResponseSchema = z.object({ id: z.string() });

export type SendEmailResult = { sent: true; id: string } | { sent: false; reason: string };

// Resend's HTTP API directly (not the SDK) so RESEND_BASE_URL can point tests at a local fake.
export async function sendEmail({ to, subject, text }: { to: string; subject: string; text: string }): Promise<SendEmailResult> {
  const e = env();
  if (!e.RESEND_API_KEY) {
    log.info("not sent: provider not configured", { subject });
    return { sent: false, reason: "provider not configured" };
  }
  try {
    const res = await fetch(new URL("/emails", e.RESEND_BASE_URL), {
      method: "POST",
      headers: { authorization: `Bearer ${e.RESEND_API_KEY}`, "content-type": "application/json" },
      body: JSON.stringify({ from: e.EMAIL_FROM, to: [to], subject, text }),
      signal: AbortSignal.timeout(10_000),
    });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const message = z.object({ message: z.string() }).safeParse(body);
      return { sent: false, reason: `Resend ${res.status}: ${message.success ? message.data.message : "error"}` };
    }
    return { sent: true, id: resendResponseSchema.parse(body).id };
  } catch (error) {
    return { sent: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
