import crypto from "node:crypto";
import { database } from "@/lib/db";
import { groupCommit } from "@/lib/group-commit";

export type WebhookEventRow = { accountId: string; dedupKey: string; eventType: string; body: string };

// One statement straight on the driver: Prisma's per-query work would cost about as much as the
// insert itself, on the thread that acknowledges the next push. Timestamps are written as UTC
// without zone, as Prisma stores DateTime, whatever the session's time zone.
const INSERT_SQL = `
  INSERT INTO "WebhookEvent" (id, "accountId", "dedupKey", "eventType", body, "receivedAt", "nextAttemptAt")
  SELECT t.id, t.a, t.k, t.e, t.b, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, a, k, e, b)
  ON CONFLICT ("accountId", "dedupKey") DO NOTHING
  RETURNING id, "accountId", "dedupKey"`;

// Pushes stored in one statement share its now(): the id keeps their arrival order (time, then a
// counter of this process), so the drain handles them in that order (see process-webhook-event.ts).
let lastMs = 0;
let seq = 0;
function arrivalOrderedId(): string {
  const ms = Date.now();
  seq = ms === lastMs ? seq + 1 : 0;
  lastMs = ms;
  const random = crypto.randomUUID().replace(/-/g, "").slice(0, 16);
  return `whe_${ms.toString(16).padStart(12, "0")}${seq.toString(16).padStart(6, "0")}${random}`;
}

const store = groupCommit<WebhookEventRow[], string[]>({
  key: "webhook-events",
  maxBatch: 200,
  async write(requests) {
    // One row per key within the statement, too: ON CONFLICT cannot see rows of the same statement.
    const unique = [...new Map(requests.flat().map((r) => [`${r.accountId}|${r.dedupKey}`, r])).values()];
    const inserted = await database().query<{ id: string; accountId: string; dedupKey: string }>(INSERT_SQL, [
      unique.map(() => arrivalOrderedId()),
      unique.map((r) => r.accountId),
      unique.map((r) => r.dedupKey),
      unique.map((r) => r.eventType),
      unique.map((r) => r.body),
    ]);
    const ids = new Map(inserted.map((r) => [`${r.accountId}|${r.dedupKey}`, r.id]));
    return requests.map((rows) => rows.flatMap((r) => ids.get(`${r.accountId}|${r.dedupKey}`) ?? []));
  },
});

/**
 * Stores a push's events, skipping duplicates of (accountId, dedupKey), group-committed with the
 * pushes arriving meanwhile; resolves with the ids actually inserted once they are committed.
 */
export function storeWebhookEvents({ rows }: { rows: WebhookEventRow[] }): Promise<string[]> {
  return rows.length ? store(rows) : Promise.resolve([]);
}
