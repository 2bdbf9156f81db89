import crypto from "node:crypto";
import { prisma } from "@/lib/db";

export type WebhookEventRow = { accountId: string; dedupKey: string; eventType: string; body: string };
type Pending = { rows: WebhookEventRow[]; resolve: (ids: string[]) => void; reject: (e: unknown) => void };

// Group commit: while one insert is in flight, the pushes arriving meanwhile wait and go in the next
// statement together. Each caller still gets its answer only after its rows are committed, but a
// burst costs a few statements instead of one per request (PGlite runs one statement at a time).
const queue = globalThis as unknown as { __webhookInsert?: { pending: Pending[]; flushing: boolean } };
queue.__webhookInsert ??= { pending: [], flushing: false };

/** Stores rows, skipping duplicates of (accountId, dedupKey); resolves with the ids actually inserted. */
export function storeWebhookEvents({ rows }: { rows: WebhookEventRow[] }): Promise<string[]> {
  if (!rows.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const q = queue.__webhookInsert!;
    q.pending.push({ rows, resolve, reject });
    if (!q.flushing) void flush();
  });
}

async function flush(): Promise<void> {
  const q = queue.__webhookInsert!;
  q.flushing = true;
  while (q.pending.length) {
    const batch = q.pending.splice(0, 200);
    try {
      const inserted = await insert(batch.flatMap((p) => p.rows));
      for (const p of batch) p.resolve(p.rows.flatMap((r) => inserted.get(`${r.accountId}|${r.dedupKey}`) ?? []));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
  q.flushing = false;
}

async function insert(rows: WebhookEventRow[]): Promise<Map<string, string>> {
  // One row per key within the statement, too: ON CONFLICT cannot see rows of the same statement.
  const unique = [...new Map(rows.map((r) => [`${r.accountId}|${r.dedupKey}`, r])).values()];
  // Timestamps are stored as UTC without zone (Prisma's DateTime); the session's zone must not matter.
  const now = new Date().toISOString();
  const ids = unique.map(() => `whe_${crypto.randomUUID().replace(/-/g, "")}`);
  const result = await prisma().$queryRaw<{ id: string; accountId: string; dedupKey: string }[]>`
    INSERT INTO "WebhookEvent" (id, "accountId", "dedupKey", "eventType", body, "receivedAt", "nextAttemptAt")
    SELECT * FROM unnest(${ids}::text[], ${unique.map((r) => r.accountId)}::text[], ${unique.map((r) => r.dedupKey)}::text[],
                         ${unique.map((r) => r.eventType)}::text[], ${unique.map((r) => r.body)}::text[]) AS t(id, a, k, e, b)
    CROSS JOIN (SELECT (${now}::timestamptz AT TIME ZONE 'UTC') AS received, (${now}::timestamptz AT TIME ZONE 'UTC') AS next) AS times
    ON CONFLICT ("accountId", "dedupKey") DO NOTHING
    RETURNING id, "accountId", "dedupKey"`;
  return new Map(result.map((r) => [`${r.accountId}|${r.dedupKey}`, r.id]));
}
