import crypto from "node:crypto";

import { database } from "@/lib/db";
import type { ReviewEventOutcome, ReviewSource } from "@/lib/generated/prisma/enums";
import type { EventDetail } from "@/lib/review-requests/integration-view";
import { maskPhone } from "@/lib/review-requests/integration-view";
import { groupCommit } from "@/lib/group-commit";
import type { EligibleEvent } from "@/lib/review-requests/sources/webhook-outcome";
import { reasonFields, type WebhookReason } from "@/lib/review-requests/webhook-reason";

const DUPLICATE: WebhookReason = { code: "duplicate_event" };
const DUPLICATE_DETAIL = { reason: "duplicate_order" };
const queuedReason = (n: number): WebhookReason => ({ code: "queued", params: { n } });
const MAX_BATCH = 100;

// Requests $1-$10 and events $11-$24 as parallel arrays. Kept plain on purpose: planning a
// cleverer statement (per-order details computed in SQL) cost more than running this one.
const STORE_SQL = `
  WITH rq AS (
    INSERT INTO "ReviewRequest" (id, "workspaceId", "eventId", source, "sourceEventId", phone, email, "customerName", "occurredAt", "isTest",
                                 "createdAt", "updatedAt", "sendAt")
    SELECT r.id, r.ws, r.ev, r.src::"ReviewSource", r.sid, r.phone, r.email, r.name, r.occurred AT TIME ZONE 'UTC', r.test,
           now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[], $10::boolean[])
      AS r(id, ws, ev, src, sid, phone, email, name, occurred, test)
    ON CONFLICT ("workspaceId", source, "sourceEventId") DO NOTHING
    RETURNING id, "eventId", "sourceEventId"
  ), ev AS (
    INSERT INTO "ReviewWebhookEvent" (id, "workspaceId", "integrationId", source, outcome, reason, "reasonParams", details, payload, "isTest", "receivedAt")
    SELECT e.id, e.ws, e.integration, e.src::"ReviewSource",
      CASE WHEN e.eligible = 0 THEN 'SKIPPED'::"ReviewEventOutcome"
           WHEN c.created IS NULL THEN 'DUPLICATE'::"ReviewEventOutcome"
           ELSE 'QUEUED'::"ReviewEventOutcome" END,
      CASE WHEN e.eligible = 0 THEN e.skipped_reason WHEN c.created IS NULL THEN e.duplicate_reason ELSE e.queued_reason END,
      (CASE WHEN e.eligible = 0 THEN e.skipped_params WHEN c.created IS NULL THEN NULL ELSE e.queued_params END)::jsonb,
      (CASE WHEN c.created IS NULL THEN e.duplicate_details ELSE e.queued_details END)::jsonb,
      e.payload::jsonb, e.test, now() AT TIME ZONE 'UTC'
    FROM unnest($11::text[], $12::text[], $13::text[], $14::text[], $15::int[], $16::text[], $17::text[], $18::text[], $19::text[], $20::text[],
                $21::text[], $22::boolean[], $23::text[], $24::text[])
      AS e(id, ws, integration, src, eligible, skipped_reason, duplicate_reason, queued_reason, duplicate_details, queued_details, payload, test,
           skipped_params, queued_params)
    LEFT JOIN (SELECT "eventId", count(*) AS created FROM rq GROUP BY "eventId") c ON c."eventId" = e.id
  )
  SELECT id, "eventId", "sourceEventId" FROM rq`;

/** cuid-shaped, like the ids Prisma generates for the same tables. */
export function newId(): string {
  return `c${Date.now().toString(36)}${crypto.randomBytes(8).toString("hex")}`;
}

export type StoreWebhookEventInput = {
  integration: { id: string; workspaceId: string; source: ReviewSource };
  eligible: EligibleEvent[];
  skippedDetails: EventDetail[];
  /** The event's reason when nothing in it is eligible. */
  skippedReason: WebhookReason;
  payload: unknown;
  isTest: boolean;
};
export type StoredEvent = {
  eventId: string;
  outcome: ReviewEventOutcome;
  reason: WebhookReason;
  created: { id: string; sourceEventId: string }[];
  details: EventDetail[];
};

/**
 * Writes one webhook delivery and its review requests, straight on the driver: the webhook has to
 * answer fast, and on the embedded database every statement (and Prisma's per-query work, about
 * half of a simple insert's cost) runs on the thread that serves HTTP. Group-committed with the
 * deliveries arriving meanwhile (lib/group-commit.ts). Requests go in with ON CONFLICT DO NOTHING
 * against the unique (workspace, source, sourceEventId) index, so a re-delivery, even a concurrent
 * one, adds none. Timestamps are written as UTC, as Prisma does.
 */
export const storeWebhookEvent: (input: StoreWebhookEventInput) => Promise<StoredEvent> = groupCommit({
  key: "review-webhook-events",
  maxBatch: MAX_BATCH,
  write: (inputs: StoreWebhookEventInput[]) => insertBatch(inputs),
});

async function insertBatch(inputs: StoreWebhookEventInput[]): Promise<StoredEvent[]> {
  const events = inputs.map((input) => {
    const queued = input.eligible.map((e): EventDetail => ({
      sourceEventId: e.sourceEventId,
      result: "queued",
      phone: maskPhone(e.phone),
    }));
    const duplicate = queued.map((d): EventDetail => ({ ...d, result: "duplicate", ...DUPLICATE_DETAIL }));
    return { id: newId(), input, queued, duplicate, skipped: reasonFields(input.skippedReason) };
  });
  // The same order twice in one batch (a POS retrying fast): the first delivery inserts it.
  const seen = new Set<string>();
  const rows = events.flatMap(({ id: eventId, input }) =>
    input.eligible.flatMap((e) => {
      const key = `${input.integration.workspaceId}|${input.integration.source}|${e.sourceEventId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ id: newId(), eventId, input, e }];
    }),
  );
  const db = database();
  const created = await db.query<{ id: string; eventId: string; sourceEventId: string }>(STORE_SQL, [
    rows.map((r) => r.id),
    rows.map((r) => r.input.integration.workspaceId),
    rows.map((r) => r.eventId),
    rows.map((r) => r.input.integration.source),
    rows.map((r) => r.e.sourceEventId),
    rows.map((r) => r.e.phone),
    rows.map((r) => r.e.email ?? null),
    rows.map((r) => r.e.customerName ?? null),
    rows.map((r) => r.e.occurredAt?.toISOString() ?? null),
    rows.map((r) => r.input.isTest),
    events.map((ev) => ev.id),
    events.map((ev) => ev.input.integration.workspaceId),
    events.map((ev) => ev.input.integration.id),
    events.map((ev) => ev.input.integration.source),
    events.map((ev) => ev.input.eligible.length),
    events.map((ev) => ev.skipped.reason),
    events.map(() => DUPLICATE.code),
    events.map(() => "queued"),
    events.map((ev) => JSON.stringify([...ev.duplicate, ...ev.input.skippedDetails])),
    events.map((ev) => JSON.stringify([...ev.queued, ...ev.input.skippedDetails])),
    events.map((ev) => JSON.stringify(ev.input.payload)),
    events.map((ev) => ev.input.isTest),
    events.map((ev) => (ev.skipped.reasonParams ? JSON.stringify(ev.skipped.reasonParams) : null)),
    events.map((ev) => JSON.stringify({ n: ev.input.eligible.length })),
  ]);

  return Promise.all(
    events.map(async ({ id: eventId, input, queued: queuedDetails, duplicate }): Promise<StoredEvent> => {
      const mine = created
        .filter((row) => row.eventId === eventId)
        .map(({ id, sourceEventId }) => ({ id, sourceEventId }));
      if (input.eligible.length === 0)
        return {
          eventId,
          outcome: "SKIPPED",
          reason: input.skippedReason,
          created: mine,
          details: input.skippedDetails,
        };
      if (mine.length === 0)
        return {
          eventId,
          outcome: "DUPLICATE",
          reason: DUPLICATE,
          created: mine,
          details: [...duplicate, ...input.skippedDetails],
        };
      const isNew = new Set(mine.map((row) => row.sourceEventId));
      const details = [
        ...input.eligible.map((e, i) => (isNew.has(e.sourceEventId) ? queuedDetails[i]! : duplicate[i]!)),
        ...input.skippedDetails,
      ];
      const reason = queuedReason(mine.length);
      if (mine.length < input.eligible.length) {
        // A batch mixing new and already-requested deals (amoCRM): the statement assumed all new.
        const { reason: code, reasonParams } = reasonFields(reason);
        await db.query(
          `UPDATE "ReviewWebhookEvent" SET reason = $2, "reasonParams" = $3::jsonb, details = $4::jsonb WHERE id = $1`,
          [eventId, code, JSON.stringify(reasonParams), JSON.stringify(details)],
        );
      }
      return { eventId, outcome: "QUEUED", reason, created: mine, details };
    }),
  );
}
