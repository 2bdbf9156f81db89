import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { bucketSql } from "@/lib/reports/report-buckets";

type Db = Prisma.TransactionClient | PrismaClient;
const sql = Prisma.sql;
const raw = Prisma.raw;

// What each event adds to the rollups, read from the ResponseWait rows themselves, so the write paths
// (a handful of ids) and a full rebuild (a whole workspace) run the same SQL.
//   received: when the buyer wrote, under the operator the wait belongs to (assign-response-waits.ts);
//   answered: when the seller replied, under who replied (reply times, first response, SLA);
//   resolved: when the chat was resolved, under who resolved it (resolution time).
export type ReportEvent = "received" | "answered" | "resolved";

const EVENTS: Record<ReportEvent, { at: string; operator: string; counts: (n: (filter?: string) => string) => string; durations: string }> = {
  received: {
    at: `w."startedAt"`,
    operator: `w."assigneeId"`,
    counts: (n) => `${n()}, 0, 0, 0, 0`,
    durations: ``,
  },
  answered: {
    at: `w."answeredAt"`,
    operator: `w."responderId"`,
    counts: (n) => `0, ${n()}, 0, ${n(`w.seconds <= w."slaSeconds"`)}, ${n(`w."businessSeconds" <= w."slaSeconds"`)}`,
    durations: `('response', 'wall', w.seconds), ('response', 'business', w."businessSeconds"),
      ('first', 'wall', CASE WHEN w."isFirst" THEN w.seconds END), ('first', 'business', CASE WHEN w."isFirst" THEN w."businessSeconds" END)`,
  },
  resolved: {
    at: `w."resolvedAt"`,
    operator: `coalesce(w."resolverId", w."responderId", w."assigneeId")`,
    counts: (n) => `0, 0, ${n()}, 0, 0`,
    durations: `('resolution', 'wall', w."resolutionSeconds"), ('resolution', 'business', w."resolutionBusinessSeconds")`,
  },
};

// Each event counts under the whole workspace and under its operator's own scope, for the workspace as a
// whole (dim "all") and per marketplace, kind and (workspace scope only) operator.
const DIMS = (op: string) => `CROSS JOIN LATERAL (VALUES
    ('', 'all', ''), ('', 'marketplace', w.marketplace::text), ('', 'kind', w.kind::text), ('', 'operator', coalesce(${op}, '')),
    (${op}, 'all', ''), (${op}, 'marketplace', w.marketplace::text), (${op}, 'kind', w.kind::text)
  ) AS d(scope, dim, value)`;

/**
 * Adds the events of the given waits (ids) or of a whole workspace to the daily rollups; `sign: -1` takes
 * them out again (before a wait changes what it is counted under, see assign-response-waits.ts).
 */
export async function applyReportRollups({ db, event, waitIds, workspaceId, sign = 1 }: { db: Db; event: ReportEvent; waitIds?: string[]; workspaceId?: string; sign?: 1 | -1 }) {
  if (waitIds && !waitIds.length) return;
  const e = EVENTS[event];
  const n = (filter?: string) => `(count(*)${filter ? ` FILTER (WHERE ${filter})` : ""} * ${sign})::int`;
  const which = waitIds ? sql`w.id = ANY(${waitIds})` : sql`w."workspaceId" = ${workspaceId}`;
  const day = raw(`((${e.at} AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date`);
  const from = sql`FROM "ResponseWait" w JOIN "Workspace" ws ON ws.id = w."workspaceId" ${raw(DIMS(e.operator))}
    WHERE ${which} AND ${raw(e.at)} IS NOT NULL AND d.scope IS NOT NULL`;
  // ORDER BY: every writer locks rollup rows in the same order, so concurrent ones never deadlock.
  await db.$executeRaw`
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ${day}, d.value, ${raw(e.counts(n))}
    ${from}
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness"`;
  // Taken out: rows left at zero go, so the rollups stay what a rebuild from the waits would write.
  if (sign < 0) {
    await db.$executeRaw`DELETE FROM "ReportCounter" rc USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ${day} AS day, d.value ${from}) k
      WHERE (rc."workspaceId", rc.scope, rc.dim, rc.day, rc.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value)
        AND rc.received = 0 AND rc.answered = 0 AND rc.resolved = 0 AND rc."slaMet" = 0 AND rc."slaMetBusiness" = 0`;
  }
  if (!e.durations) return;
  await db.$executeRaw`
    INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
    SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ${day}, d.value, ${raw(bucketSql("v.secs"))}, ${raw(n())}
    FROM "ResponseWait" w JOIN "Workspace" ws ON ws.id = w."workspaceId" ${raw(DIMS(e.operator))}
    CROSS JOIN LATERAL (VALUES ${raw(e.durations)}) AS v(metric, clock, secs)
    WHERE ${which} AND ${raw(e.at)} IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n`;
  if (sign < 0) {
    await db.$executeRaw`DELETE FROM "ReportHistogram" rh USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ${day} AS day, d.value ${from}) k
      WHERE (rh."workspaceId", rh.scope, rh.dim, rh.day, rh.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value) AND rh.n = 0`;
  }
}

/** Recomputes a workspace's rollups from its waits (after a backfill or a change of business hours). */
export async function rebuildReportRollups({ db, workspaceId }: { db: Db; workspaceId: string }) {
  await db.$executeRaw`DELETE FROM "ReportCounter" WHERE "workspaceId" = ${workspaceId}`;
  await db.$executeRaw`DELETE FROM "ReportHistogram" WHERE "workspaceId" = ${workspaceId}`;
  for (const event of ["received", "answered", "resolved"] as const) await applyReportRollups({ db, event, workspaceId });
}
