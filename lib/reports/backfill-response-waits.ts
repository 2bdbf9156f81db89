import { SLA_MINUTES } from "@/lib/ai/sla";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { QUESTION_SLA_MINUTES } from "@/lib/ingest/refresh-chat-state";
import { rebuildReportRollups } from "@/lib/reports/apply-report-rollups";
import { businessSeconds } from "@/lib/reports/business-hours";
import { loadBusinessHours } from "@/lib/reports/load-business-hours";
import { logger } from "@/lib/log";

const log = logger("reports");

type Db = PrismaClient;
const PAGE = 5_000;

/**
 * Rebuilds a workspace's response waits from its stored messages, in SQL (data that predates the
 * reports, the demo seed, imports): a wait starts at each buyer message that follows a delivered seller
 * message (or opens the chat) and ends at the next seller message; a resolved chat's last wait is
 * resolved at the chat's last update. Existing waits are kept. Then the rollups are recomputed.
 */
export async function backfillResponseWaits({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const sla = `CASE WHEN c.kind = 'QUESTION' THEN ${QUESTION_SLA_MINUTES} WHEN s.priority = 'urgent' THEN ${SLA_MINUTES.urgent}
    WHEN s.priority = 'high' THEN ${SLA_MINUTES.high} ELSE ${SLA_MINUTES.normal} END * 60`;
  await db.$executeRaw`
    INSERT INTO "ResponseWait" (id, "workspaceId", "chatId", marketplace, kind, "startedAt", "conversationStartedAt", "isFirst", "slaSeconds",
      "assigneeId", "responderId", "answeredAt", "endedAt", seconds)
    WITH m AS (
      SELECT mm."chatId", mm.author, mm."createdAt", mm.priority,
        lag(mm.author) OVER (PARTITION BY mm."chatId" ORDER BY mm."createdAt", mm.id) AS prev
      FROM "Message" mm JOIN "Chat" ch ON ch.id = mm."chatId"
      WHERE ch."workspaceId" = ${workspaceId} AND (mm.author = 'BUYER' OR (mm.author = 'SELLER' AND (mm.status IS NULL OR mm.status = 'SENT')))
    ), s AS (
      SELECT "chatId", "createdAt" AS at, priority, min("createdAt") OVER (PARTITION BY "chatId") AS first_at
      FROM m WHERE author = 'BUYER' AND (prev IS NULL OR prev = 'SELLER')
    )
    SELECT 'rw_' || md5(c.id || '|' || s.at::text), c."workspaceId", c.id, c.marketplace, c.kind, s.at, s.first_at, s.at = s.first_at,
      ${Prisma.raw(sla)}, c."assigneeId", CASE WHEN r."createdAt" IS NOT NULL THEN coalesce(r."senderUserId", c."assigneeId") END,
      r."createdAt", r."createdAt", CASE WHEN r."createdAt" IS NOT NULL THEN greatest(0, floor(extract(epoch FROM r."createdAt" - s.at)))::int END
    FROM s JOIN "Chat" c ON c.id = s."chatId"
    LEFT JOIN LATERAL (
      SELECT x."createdAt", x."senderUserId" FROM "Message" x
      WHERE x."chatId" = s."chatId" AND x.author = 'SELLER' AND (x.status IS NULL OR x.status = 'SENT') AND x."createdAt" > s.at
      ORDER BY x."createdAt", x.id LIMIT 1
    ) r ON true
    ON CONFLICT ("chatId", "startedAt") DO NOTHING`;
  await db.$executeRaw`
    UPDATE "ResponseWait" w SET "resolvedAt" = greatest(c."updatedAt", w."startedAt"), "endedAt" = coalesce(w."endedAt", greatest(c."updatedAt", w."startedAt")),
      "resolverId" = c."assigneeId",
      "resolutionSeconds" = greatest(0, floor(extract(epoch FROM c."updatedAt" - w."conversationStartedAt")))::int
    FROM "Chat" c, LATERAL (SELECT id FROM "ResponseWait" l WHERE l."chatId" = c.id ORDER BY l."startedAt" DESC LIMIT 1) latest
    WHERE c."workspaceId" = ${workspaceId} AND c.status = 'RESOLVED' AND w.id = latest.id AND w."resolvedAt" IS NULL`;
  await recomputeBusinessSeconds({ db, workspaceId });
  await db.reportSettings.upsert({
    where: { workspaceId },
    create: { workspaceId, backfilledAt: new Date() },
    update: { backfilledAt: new Date() },
  });
}

/** Recounts every wait of the workspace in its current business hours, then its rollups. */
export async function recomputeBusinessSeconds({ db, workspaceId }: { db: Db; workspaceId: string }) {
  const hours = (await loadBusinessHours({ db, workspaceIds: [workspaceId] })).get(workspaceId);
  if (!hours?.weekly) {
    await db.$executeRaw`UPDATE "ResponseWait" SET "businessSeconds" = seconds, "resolutionBusinessSeconds" = "resolutionSeconds" WHERE "workspaceId" = ${workspaceId}`;
  } else {
    let after = "";
    for (;;) {
      const rows = await db.responseWait.findMany({
        where: { workspaceId, id: { gt: after } },
        orderBy: { id: "asc" },
        take: PAGE,
        select: { id: true, startedAt: true, answeredAt: true, conversationStartedAt: true, resolvedAt: true },
      });
      if (!rows.length) break;
      const values = rows.map((w) => {
        const answer = w.answeredAt ? businessSeconds(hours, w.startedAt, w.answeredAt) : null;
        const resolution = w.resolvedAt ? businessSeconds(hours, w.conversationStartedAt, w.resolvedAt) : null;
        return Prisma.sql`(${w.id}, ${answer}::int, ${resolution}::int)`;
      });
      await db.$executeRaw`
        UPDATE "ResponseWait" w SET "businessSeconds" = v.a, "resolutionBusinessSeconds" = v.r
        FROM (VALUES ${Prisma.join(values)}) AS v(id, a, r) WHERE w.id = v.id`;
      after = rows.at(-1)!.id;
    }
  }
  await db.$transaction((tx) => rebuildReportRollups({ db: tx, workspaceId }), { timeout: 600_000 });
}

/**
 * Start-up: workspaces whose waits were never rebuilt from their messages (older data, the demo). One
 * workspace's failure is logged and left for the next start: it never stops the others, nor the server.
 */
export async function backfillAllResponseWaits({ db }: { db: Db }) {
  const pending = await db.workspace.findMany({
    where: { OR: [{ reportSettings: null }, { reportSettings: { backfilledAt: null } }] },
    select: { id: true },
  });
  let done = 0;
  for (const { id } of pending) {
    try {
      await backfillResponseWaits({ db, workspaceId: id });
      done += 1;
    } catch (error) {
      log.error("report backfill failed", {
        workspaceId: id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return done;
}
