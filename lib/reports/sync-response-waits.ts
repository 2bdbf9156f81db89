import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_SLA_MINUTES } from "@/lib/ingest/refresh-chat-state";
import { applyReportRollups } from "@/lib/reports/apply-report-rollups";
import { storeBusinessSeconds } from "@/lib/reports/load-business-hours";
import type { Row } from "@/lib/typed-sql";

type Db = Prisma.TransactionClient | PrismaClient;
type Wait = Row<"ResponseWait">;
// A wait the reply just closed: answered now.
type Closed = Pick<Wait, "id" | "workspaceId" | "startedAt"> & { answeredAt: NonNullable<Wait["answeredAt"]> };

const seconds = (to: string, from: string) => `greatest(0, floor(extract(epoch FROM ${to} - ${from})))::int`;

/**
 * Brings the chats' response waits up to date with their messages and derived state (run after a chat's
 * state is recomputed, in the same transaction): an open wait that a delivered seller message now follows
 * is answered by it; a chat awaiting a reply with no open wait gets one, from its first buyer message after
 * the previous wait ended. Then adds those events to the daily rollups. Idempotent.
 */
export async function syncResponseWaits({ db, chatIds }: { db: Db; chatIds: string[] }) {
  if (!chatIds.length) return;
  const closed = await db.$queryRaw<Closed[]>`
    UPDATE "ResponseWait" w SET "answeredAt" = x.at, "endedAt" = x.at, "responderId" = x.responder, seconds = ${Prisma.raw(seconds("x.at", `w."startedAt"`))}
    FROM (
      SELECT o.id, r."createdAt" AS at, coalesce(r."senderUserId", c."assigneeId") AS responder
      FROM "ResponseWait" o JOIN "Chat" c ON c.id = o."chatId"
      CROSS JOIN LATERAL (
        SELECT m."createdAt", m."senderUserId" FROM "Message" m
        WHERE m."chatId" = o."chatId" AND m.author = 'SELLER' AND (m.status IS NULL OR m.status = 'SENT') AND m."createdAt" > o."startedAt"
        ORDER BY m."createdAt", m.id LIMIT 1
      ) r
      WHERE o."chatId" = ANY(${chatIds}) AND o."endedAt" IS NULL
    ) x
    WHERE w.id = x.id AND w."endedAt" IS NULL
    RETURNING w.id, w."workspaceId", w."startedAt", w."answeredAt"`;
  await storeBusinessSeconds({
    db,
    column: "businessSeconds",
    spans: closed.map((w) => ({ id: w.id, workspaceId: w.workspaceId, from: w.startedAt, to: w.answeredAt })),
  });
  await applyReportRollups({ db, event: "answered", waitIds: closed.map((w) => w.id) });

  // The wait's reply target: the chat's SLA deadline (set by the classifier) from when the buyer wrote.
  const target = `coalesce(c."slaDueAt", c."awaitingReplySince" + CASE c.kind WHEN 'QUESTION' THEN ${DEFAULT_SLA_MINUTES.QUESTION} WHEN 'REVIEW' THEN ${DEFAULT_SLA_MINUTES.REVIEW} ELSE ${DEFAULT_SLA_MINUTES.CHAT} END * interval '1 minute')`;
  const opened = await db.$queryRaw<Pick<Wait, "id">[]>`
    INSERT INTO "ResponseWait" (id, "workspaceId", "chatId", marketplace, kind, "startedAt", "conversationStartedAt", "isFirst", "slaSeconds", "assigneeId")
    SELECT 'rw_' || md5(c.id || '|' || s.at::text), c."workspaceId", c.id, c.marketplace, c.kind, s.at,
      CASE WHEN p.id IS NULL OR p."resolvedAt" IS NOT NULL THEN s.at ELSE p."conversationStartedAt" END,
      p.id IS NULL OR p."resolvedAt" IS NOT NULL,
      ${Prisma.raw(seconds(target, `c."awaitingReplySince"`))}, c."assigneeId"
    FROM "Chat" c
    LEFT JOIN LATERAL (SELECT * FROM "ResponseWait" p WHERE p."chatId" = c.id ORDER BY p."startedAt" DESC LIMIT 1) p ON true
    CROSS JOIN LATERAL (
      SELECT CASE WHEN p.id IS NULL OR p."endedAt" < c."awaitingReplySince" THEN c."awaitingReplySince"
        ELSE (SELECT min(b."createdAt") FROM "Message" b WHERE b."chatId" = c.id AND b.author = 'BUYER' AND b."createdAt" > p."endedAt") END AS at
    ) s
    WHERE c.id = ANY(${chatIds}) AND c."awaitingReplySince" IS NOT NULL AND (p.id IS NULL OR p."endedAt" IS NOT NULL) AND s.at IS NOT NULL
    ON CONFLICT ("chatId", "startedAt") DO NOTHING
    RETURNING id`;
  await applyReportRollups({ db, event: "received", waitIds: opened.map((w) => w.id) });
}
