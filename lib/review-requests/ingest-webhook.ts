import { database, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReviewEventOutcome } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/log";
import type { WebhookIntegration } from "@/lib/review-requests/authenticate-webhook";
import { dispatchReviewRequests } from "@/lib/review-requests/dispatch-review-requests";
import type { EventDetail } from "@/lib/review-requests/integration-view";
import { slugOfSource } from "@/lib/review-requests/source-slug";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import { parseWebhookBody } from "@/lib/review-requests/sources/parse-body";
import { parseSourcePayload } from "@/lib/review-requests/sources/parse-source-payload";
import { storeWebhookEvent } from "@/lib/review-requests/store-webhook-event";

const log = logger("review-requests");
const LAST_EVENT_RESOLUTION_MS = 60_000;

export type IngestResult = {
  eventId: string;
  outcome: ReviewEventOutcome;
  reason: string;
  queued: number;
  duplicates: number;
  skipped: number;
  details: EventDetail[];
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
}: {
  integration: WebhookIntegration;
  rawBody: string;
  contentType: string | null;
  isTest?: boolean;
}): Promise<IngestResult> {
  let body: Record<string, unknown>;
  let outcomes;
  try {
    body = parseWebhookBody({ rawBody, contentType });
    outcomes = parseSourcePayload({ slug: slugOfSource(integration.source), body });
  } catch (error) {
    if (!(error instanceof MalformedPayloadError)) throw error;
    await recordRejectedEvent({ integration, reason: error.reason, isTest });
    throw new AppError("bad_request", error.reason, { details: { code: error.code } });
  }

  // A batch may name the same deal twice; it is still one request.
  const eligible = [...new Map(outcomes.flatMap((o) => (o.outcome === "eligible" ? [[o.sourceEventId, o] as const] : []))).values()];
  const skippedDetails: EventDetail[] = outcomes.flatMap((o): EventDetail[] =>
    o.outcome === "skipped" ? [{ sourceEventId: o.sourceEventId, result: "skipped", code: o.code, reason: o.reason }] : [],
  );
  const stored = await storeWebhookEvent({ integration, eligible, skippedDetails, payload: body, isTest });
  const { created, eventId, outcome, reason, details } = stored;
  const duplicates = eligible.length - created.length;
  const skipped = skippedDetails.length;
  await touchIntegration({ integration });

  if (created.length > 0) await dispatchReviewRequests({ requestIds: created.map((row) => row.id) });
  log.info("webhook stored", { eventId, source: integration.source, queued: created.length, duplicates, skipped, isTest });
  return { eventId, outcome, reason, queued: created.length, duplicates, skipped, details };
}

export async function recordRejectedEvent({ integration, reason, isTest = false }: { integration: WebhookIntegration; reason: string; isTest?: boolean }) {
  await prisma().reviewWebhookEvent.create({
    data: { workspaceId: integration.workspaceId, integrationId: integration.id, source: integration.source, outcome: "REJECTED", reason, isTest },
    select: { id: true },
  });
}

// "Last event" is shown to the minute: under load this saves a write per webhook.
async function touchIntegration({ integration }: { integration: WebhookIntegration }): Promise<void> {
  const now = new Date();
  if (integration.lastEventAt && now.getTime() - integration.lastEventAt.getTime() < LAST_EVENT_RESOLUTION_MS) return;
  integration.lastEventAt = now;
  await database().query(`UPDATE "ReviewIntegration" SET "lastEventAt" = now() AT TIME ZONE 'UTC' WHERE id = $1`, [integration.id]);
}
