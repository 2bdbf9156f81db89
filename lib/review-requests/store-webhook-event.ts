import crypto from "node:crypto";

import { prisma } from "@/lib/db";
import type { ReviewEventOutcome, ReviewSource } from "@/lib/generated/prisma/enums";
import type { EventDetail } from "@/lib/review-requests/integration-view";
import type { EligibleEvent } from "@/lib/review-requests/sources/webhook-outcome";

export const DUPLICATE_REASON = "Повторная доставка: запрос на отзыв по этому событию уже есть";
const DUPLICATE_DETAIL_REASON = "Повторная доставка: по этому заказу/визиту/сделке запрос уже есть";

/** cuid-shaped, like the ids Prisma generates for the same tables. */
export function newId(): string {
  return `c${Date.now().toString(36)}${crypto.randomBytes(8).toString("hex")}`;
}

export type StoredEvent = { eventId: string; outcome: ReviewEventOutcome; reason: string; created: { id: string; sourceEventId: string }[]; details: EventDetail[] };

/**
 * Writes one webhook delivery and its review requests in a single statement: the webhook has to
 * answer fast, and on the embedded database every statement costs a round of the one
 * connection the web server shares. Requests go in with ON CONFLICT DO NOTHING against the unique
 * (workspace, source, sourceEventId) index, so a re-delivery, even a concurrent one, adds none;
 * the event's outcome and per-order details are computed from what was actually inserted.
 * Timestamps are written as UTC explicitly, as Prisma does: the columns carry no time zone.
 */
export async function storeWebhookEvent({
  integration,
  eligible,
  eligibleDetails,
  skippedDetails,
  payload,
  isTest,
  skippedReason,
}: {
  integration: { id: string; workspaceId: string; source: ReviewSource };
  eligible: EligibleEvent[];
  eligibleDetails: EventDetail[];
  skippedDetails: EventDetail[];
  payload: unknown;
  isTest: boolean;
  skippedReason: string;
}): Promise<StoredEvent> {
  const eventId = newId();
  const requests = eligible.map((e) => ({
    id: newId(),
    sourceEventId: e.sourceEventId,
    phone: e.phone,
    email: e.email ?? null,
    customerName: e.customerName ?? null,
    occurredAt: e.occurredAt?.toISOString() ?? null,
  }));
  const duplicatePatch = { result: "duplicate", reason: DUPLICATE_DETAIL_REASON };
  const rows = await prisma().$queryRaw<{ id: string; sourceEventId: string; outcome: ReviewEventOutcome; reason: string; details: EventDetail[] }[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(requests)}::jsonb)
        AS r(id text, "sourceEventId" text, phone text, email text, "customerName" text, "occurredAt" timestamptz)
    ), rq AS (
      INSERT INTO "ReviewRequest" (id, "workspaceId", "eventId", source, "sourceEventId", phone, email, "customerName", "occurredAt", "isTest",
                                   "createdAt", "updatedAt", "sendAt")
      SELECT id, ${integration.workspaceId}, ${eventId}, ${integration.source}::"ReviewSource", "sourceEventId", phone, email, "customerName",
             "occurredAt" AT TIME ZONE 'UTC', ${isTest}, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
      FROM input
      ON CONFLICT ("workspaceId", source, "sourceEventId") DO NOTHING
      RETURNING id, "sourceEventId"
    ), summary AS (
      SELECT (SELECT count(*) FROM input) AS eligible, (SELECT count(*) FROM rq) AS created
    ), ev AS (
      INSERT INTO "ReviewWebhookEvent" (id, "workspaceId", "integrationId", source, outcome, reason, details, payload, "isTest", "receivedAt")
      SELECT ${eventId}, ${integration.workspaceId}, ${integration.id}, ${integration.source}::"ReviewSource",
        (CASE WHEN s.eligible = 0 THEN 'SKIPPED' WHEN s.created = 0 THEN 'DUPLICATE' ELSE 'QUEUED' END)::"ReviewEventOutcome",
        CASE WHEN s.eligible = 0 THEN ${skippedReason}
             WHEN s.created = 0 THEN ${DUPLICATE_REASON}
             WHEN s.created = 1 THEN 'Запрос на отзыв поставлен в очередь'
             ELSE 'Запросов на отзыв в очереди: ' || s.created END,
        (SELECT COALESCE(jsonb_agg(CASE WHEN rq.id IS NULL THEN e.d || ${JSON.stringify(duplicatePatch)}::jsonb ELSE e.d END ORDER BY e.ord), '[]'::jsonb)
           FROM jsonb_array_elements(${JSON.stringify(eligibleDetails)}::jsonb) WITH ORDINALITY AS e(d, ord)
           LEFT JOIN rq ON rq."sourceEventId" = e.d->>'sourceEventId') || ${JSON.stringify(skippedDetails)}::jsonb,
        ${JSON.stringify(payload)}::jsonb, ${isTest}, now() AT TIME ZONE 'UTC'
      FROM summary s
      RETURNING outcome::text AS outcome, reason, details
    )
    SELECT rq.id, rq."sourceEventId", ev.outcome, ev.reason, ev.details FROM ev LEFT JOIN rq ON true`;
  const first = rows[0];
  if (!first) throw new Error("webhook event was not stored");
  return {
    eventId,
    outcome: first.outcome,
    reason: first.reason,
    details: first.details,
    created: rows.filter((row) => row.id !== null).map((row) => ({ id: row.id, sourceEventId: row.sourceEventId })),
  };
}
