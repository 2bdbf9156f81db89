import type { z } from "zod";
import { webhookReasonText, type WebhookReason } from "@/lib/review-requests/webhook-reason";

/**
 * The body is not a payload we can read (not JSON/form, not an object, a field of the wrong
 * type). The webhook route answers 400 with `reason` worded; it contains no secrets and may be shown.
 * Once lib/errors.ts lands this can extend AppError("malformed_payload", { expose: true }).
 */
export class MalformedPayloadError extends Error {
  readonly code = "malformed_payload";
  readonly httpStatus = 400;

  constructor(readonly reason: WebhookReason) {
    // The message (logs) in English; the answer and the events list word `reason` in the reader's language.
    super(webhookReasonText(reason, "en"));
    this.name = "MalformedPayloadError";
  }

  static fromZod({ source, error }: { source: string; error: z.ZodError }): MalformedPayloadError {
    // zod's own words, with the payload's field paths: what a POS/CRM developer looks for.
    const detail = error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join(".") || "$"}: ${issue.message}`)
      .join("; ");
    return new MalformedPayloadError({ code: "invalid_payload", params: { source, detail } });
  }
}
