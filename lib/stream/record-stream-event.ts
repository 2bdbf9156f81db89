import { database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// What a member's screen shows changed: the live stream (GET /api/events) carries these, and the client
// refetches the matching queries. No content travels: ids only.
export const STREAM_EVENT_TYPES = ["message", "chat", "note", "case", "scheduled", "notification", "account"] as const;
export type StreamEventType = (typeof STREAM_EVENT_TYPES)[number];
/** workspaceId, or chatId alone (or data.caseId / data.accountId): the workspace is looked up in the same statement. */
export type StreamEventInput = {
  type: StreamEventType;
  workspaceId?: string;
  chatId?: string | null;
  data?: Record<string, string | number | boolean | null>;
};

type Tx = Prisma.TransactionClient;

const STREAM_LOCK_CLASS = 7_240_118;

// One statement: a transaction lock per workspace taken before the ids are drawn (so a workspace's ids
// are in commit order and a reader never sees 12 before 11 commits), the rows, and a NOTIFY per row,
// which PostgreSQL (and PGlite) deliver only when the transaction commits, in commit order.
const INSERT_SQL = `WITH input AS (
  SELECT COALESCE(e.w, (SELECT c."workspaceId" FROM "Chat" c WHERE c.id = e.c), (SELECT k."workspaceId" FROM "NegativeReviewCase" k WHERE k.id = e.d->>'caseId'),
    (SELECT a."workspaceId" FROM "MarketplaceAccount" a WHERE a.id = e.d->>'accountId')) AS w, e.t, e.c, e.d, e.n
  FROM unnest($2::text[], $3::text[], $4::text[], $5::jsonb[]) WITH ORDINALITY AS e(w, t, c, d, n)
), locks AS (
  SELECT pg_advisory_xact_lock(${STREAM_LOCK_CLASS}, hashtext(w)) FROM (SELECT DISTINCT w FROM input WHERE w IS NOT NULL ORDER BY 1) s
), ins AS (
  INSERT INTO "StreamEvent" ("workspaceId", "type", "chatId", "data")
  SELECT w, t, c, d FROM input WHERE w IS NOT NULL AND (SELECT count(*) FROM locks) >= 0 ORDER BY n
  RETURNING id, "workspaceId", "type", "chatId", "data"
)
SELECT pg_notify($1, json_build_object('id', id::text, 'w', "workspaceId", 't', "type", 'c', "chatId", 'd', "data")::text)
FROM (SELECT * FROM ins ORDER BY id) r`;

/**
 * Records stream events in the caller's transaction, as its last statement where possible: the
 * workspace's stream lock is held from here to the commit. Identical events of one call are written once.
 */
export async function recordStreamEvent(tx: Tx, events: StreamEventInput | StreamEventInput[]): Promise<void> {
  const seen = new Set<string>();
  const list = (Array.isArray(events) ? events : [events]).filter((e) => {
    const key = JSON.stringify([e.workspaceId ?? null, e.type, e.chatId ?? null, e.data ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!list.length) return;
  await tx.$executeRawUnsafe(
    INSERT_SQL,
    database().streamChannel,
    list.map((e) => e.workspaceId ?? null),
    list.map((e) => e.type),
    list.map((e) => e.chatId ?? null),
    list.map((e) => (e.data ? JSON.stringify(e.data) : null)),
  );
}
