import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/dictionaries";
import { authenticateWebhook } from "@/lib/review-requests/authenticate-webhook";
import type { IngestResult } from "@/lib/review-requests/ingest-webhook";
import { ingestWebhook, recordRejectedEvent } from "@/lib/review-requests/ingest-webhook";
import { integrationKeyFromRequest } from "@/lib/review-requests/integration-key";
import { noteWebhookActivity } from "@/lib/review-requests/in-process-sender";
import { PayloadTooLargeError } from "@/lib/http/read-limited-body";
import { readWebhookBody } from "@/lib/http/read-webhook-body";
import { MAX_WEBHOOK_BODY_CHARS } from "@/lib/review-requests/sources/parse-body";

// Real POS/CRM webhooks are a few KB; the parser refuses more than this many characters anyway.
export const MAX_WEBHOOK_BODY_BYTES = MAX_WEBHOOK_BODY_CHARS;
import { sourceSlugSchema } from "@/lib/review-requests/source-slug";

/**
 * POST /api/webhook/<source>: unknown source 404, bad key 401 (checked before the body is read),
 * oversized body 413, unreadable body 400 with the reason; otherwise the stored outcome.
 */
export async function receiveWebhook({
  source,
  req,
  locale,
}: {
  source: unknown;
  req: Request;
  locale: Locale;
}): Promise<IngestResult> {
  noteWebhookActivity();
  const slug = sourceSlugSchema.safeParse(source);
  if (!slug.success) throw new AppError("not_found", "Unknown webhook source: use iiko, rkeeper, yclients or amocrm");
  const integration = await authenticateWebhook({ slug: slug.data, key: integrationKeyFromRequest(req) });
  let rawBody: string;
  try {
    rawBody = await readWebhookBody({ req, maxBytes: MAX_WEBHOOK_BODY_BYTES });
  } catch (error) {
    if (error instanceof PayloadTooLargeError)
      await recordRejectedEvent({
        integration,
        reason: { code: "body_too_large_bytes", params: { limit: error.maxBytes } },
      });
    throw error;
  }
  return ingestWebhook({ integration, rawBody, contentType: req.headers.get("content-type"), locale });
}
