import { database, prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ReviewEventOutcome } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/dictionaries";
import { logger } from "@/lib/log";
import type { WebhookIntegration } from "@/lib/review-requests/authenticate-webhook";
import { dispatchReviewRequests } from "@/lib/review-requests/dispatch-review-requests";
import { toDetailView, type EventDetail, type EventDetailView } from "@/lib/review-requests/integration-view";
import { slugOfSource } from "@/lib/review-requests/source-slug";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { parseWebhookBody } from "@/lib/review-requests/sources/parse-body";
import { parseSourcePayload } from "@/lib/review-requests/sources/parse-source-payload";
import { storeWebhookEvent } from "@/lib/review-requests/store-webhook-event";
import { reasonFields, webhookReasonText, type WebhookReason } from "@/lib/review-requests/webhook-reason";

const log = logger("review-requests");
const LAST_EVENT_RESOLUTION_MS = 60_000;

export type IngestResult = {
  eventId: string;
  outcome: ReviewEventOutcome;
  /** Worded in `locale`, with its code beside it for the source's developers. */
  reason: string;
  reasonCode: WebhookReason["code"];
  queued: number;
  duplicates: number;
  skipped: number;
  details: EventDetailView[];
};

/**
 * Stores one webhook delivery and the review requests it asks for, then hands sending off to the
 * background. Nothing slow happens here: amoCRM gives up after 2 seconds. One request per
 * order/visit/deal is guaranteed by the unique (workspace, source, sourceEventId) index, so
 * concurrent duplicate deliveries cannot both queue one.
 */
export async function ingestWebhook({
  integration,
  rawBody,
  contentType,
  isTest = false,
  locale,
}: {
  integration: WebhookIntegration;
  rawBody: string;
  contentType: string | null;
  isTest?: boolean;
  /** The language the answer's reasons are worded in. */
  locale: Locale;
}): Promise<IngestResult> {
  let body: Record<string, unknown>;
  let outcomes;
  try {
    body = parseWebhookBody({ rawBody, contentType });
    outcomes = parseSourcePayload({ slug: slugOfSource(integration.source), body });
  } catch (error) {
    if (!(error instanceof MalformedPayloadError)) throw error;
    await recordRejectedEvent({ integration, reason: error.reason, isTest });
    throw new AppError("bad_request", webhookReasonText(error.reason, locale), {
      details: { code: error.code, reason: error.reason.code },
    });
  }

  // A batch may name the same deal twice; it is still one request.
  const eligible = [
    ...new Map(outcomes.flatMap((o) => (o.outcome === "eligible" ? [[o.sourceEventId, o] as const] : []))).values(),
  ];
  const skippedDetails: EventDetail[] = outcomes.flatMap((o): EventDetail[] =>
    o.outcome === "skipped"
      ? [{ sourceEventId: o.sourceEventId, result: "skipped", code: o.code, ...reasonFields(o.reason) }]
      : [],
  );
  const firstSkip = outcomes.find((o) => o.outcome === "skipped");
  const skippedReason: WebhookReason = firstSkip?.outcome === "skipped" ? firstSkip.reason : { code: "skipped" };
  const stored = await storeWebhookEvent({
    integration,
    eligible,
    skippedDetails,
    skippedReason,
    payload: body,
    isTest,
  });
  const { created, eventId, outcome, reason, details } = stored;
  const duplicates = eligible.length - created.length;
  const skipped = skippedDetails.length;
  await touchIntegration({ integration });

  if (created.length > 0) await dispatchReviewRequests({ requestIds: created.map((row) => row.id) });
  log.info("webhook stored", {
    eventId,
    source: integration.source,
    queued: created.length,
    duplicates,
    skipped,
    isTest,
  });
  const words = {
    reason: webhookReasonText(reason, locale),
    reasonCode: reason.code,
    details: details.map((detail) => toDetailView(detail, locale)),
  };
  return { eventId, outcome, ...words, queued: created.length, duplicates, skipped };
}

export async function recordRejectedEvent({
  integration,
  reason,
  isTest = false,
}: {
  integration: WebhookIntegration;
  reason: WebhookReason;
  isTest?: boolean;
}) {
  const { reason: code, reasonParams } = reasonFields(reason);
  await prisma().reviewWebhookEvent.create({
    data: {
      workspaceId: integration.workspaceId,
      integrationId: integration.id,
      source: integration.source,
      outcome: "REJECTED",
      reason: code,
      reasonParams: (reasonParams as Prisma.InputJsonValue | null) ?? Prisma.DbNull,
      isTest,
    },
    select: { id: true },
  });
}

// "Last event" is shown to the minute: under load this saves a write per webhook.
async function touchIntegration({ integration }: { integration: WebhookIntegration }): Promise<void> {
  const now = new Date();
  if (integration.lastEventAt && now.getTime() - integration.lastEventAt.getTime() < LAST_EVENT_RESOLUTION_MS) return;
  integration.lastEventAt = now;
  await database().query(`UPDATE "ReviewIntegration" SET "lastEventAt" = now() AT TIME ZONE 'UTC' WHERE id = $1`, [
    integration.id,
  ]);
}
