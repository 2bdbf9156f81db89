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

const EVENTS: Record<
  ReportEvent,
  { at: string; operator: string; counts: (n: (filter?: string) => string) => string; durations: string }
> = {
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
// whole (dim "all"), per marketplace, kind and label (every label the chat carries when the event is
// counted; label-rollup-trigger.ts moves a chat's past events when a label goes on or off), and (workspace
// scope only) per operator.
const DIMS = (op: string) => `CROSS JOIN LATERAL (
    SELECT * FROM (VALUES ('', 'all', ''), ('', 'marketplace', w.marketplace::text), ('', 'kind', w.kind::text), ('', 'operator', coalesce(${op}, '')),
      (${op}, 'all', ''), (${op}, 'marketplace', w.marketplace::text), (${op}, 'kind', w.kind::text)) AS v
    UNION ALL
    SELECT s.scope, 'label', cl."labelId" FROM "ChatLabel" cl CROSS JOIN (VALUES (''), (${op})) AS s(scope) WHERE cl."chatId" = w."chatId"
  ) AS d(scope, dim, value)`;

/** The waits whose events are counted (`waits`: a FROM list naming them `w`) and what they count under. */
export type RollupSource = { waits: string; which: Prisma.Sql; dims: (operator: string) => string };

/** The statements adding (`sign` 1) or taking out (-1) one kind of event of the source's waits. */
export function reportRollupStatements({
  event,
  source,
  sign,
}: {
  event: ReportEvent;
  source: RollupSource;
  sign: 1 | -1;
}): Prisma.Sql[] {
  const e = EVENTS[event];
  const n = (filter?: string) => `(count(*)${filter ? ` FILTER (WHERE ${filter})` : ""} * ${sign})::int`;
  const { which } = source;
  const day = raw(`((${e.at} AT TIME ZONE 'UTC') AT TIME ZONE ws."timeZone")::date`);
  const waits = raw(`${source.waits} JOIN "Workspace" ws ON ws.id = w."workspaceId" ${source.dims(e.operator)}`);
  const from = sql`FROM ${waits} WHERE ${which} AND ${raw(e.at)} IS NOT NULL AND d.scope IS NOT NULL`;
  const out: Prisma.Sql[] = [];
  // ORDER BY: every writer locks rollup rows in the same order, so concurrent ones never deadlock.
  out.push(sql`
    INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value, received, answered, resolved, "slaMet", "slaMetBusiness")
    SELECT w."workspaceId", d.scope, d.dim, ${day}, d.value, ${raw(e.counts(n))}
    ${from}
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("workspaceId", scope, dim, day, value) DO UPDATE SET
      received = "ReportCounter".received + excluded.received,
      answered = "ReportCounter".answered + excluded.answered,
      resolved = "ReportCounter".resolved + excluded.resolved,
      "slaMet" = "ReportCounter"."slaMet" + excluded."slaMet",
      "slaMetBusiness" = "ReportCounter"."slaMetBusiness" + excluded."slaMetBusiness"`);
  // Taken out: rows left at zero go, so the rollups stay what a rebuild from the waits would write.
  if (sign < 0) {
    out.push(sql`DELETE FROM "ReportCounter" rc USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ${day} AS day, d.value ${from}) k
      WHERE (rc."workspaceId", rc.scope, rc.dim, rc.day, rc.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value)
        AND rc.received = 0 AND rc.answered = 0 AND rc.resolved = 0 AND rc."slaMet" = 0 AND rc."slaMetBusiness" = 0`);
  }
  if (!e.durations) return out;
  out.push(sql`
    INSERT INTO "ReportHistogram" ("workspaceId", scope, dim, metric, clock, day, value, bucket, n)
    SELECT w."workspaceId", d.scope, d.dim, v.metric, v.clock, ${day}, d.value, ${raw(bucketSql("v.secs"))}, ${raw(n())}
    FROM ${waits}
    CROSS JOIN LATERAL (VALUES ${raw(e.durations)}) AS v(metric, clock, secs)
    WHERE ${which} AND ${raw(e.at)} IS NOT NULL AND d.scope IS NOT NULL AND v.secs IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT ("workspaceId", scope, dim, metric, clock, day, value, bucket) DO UPDATE SET n = "ReportHistogram".n + excluded.n`);
  if (sign < 0) {
    out.push(sql`DELETE FROM "ReportHistogram" rh USING (SELECT DISTINCT w."workspaceId", d.scope, d.dim, ${day} AS day, d.value ${from}) k
      WHERE (rh."workspaceId", rh.scope, rh.dim, rh.day, rh.value) = (k."workspaceId", k.scope, k.dim, k.day, k.value) AND rh.n = 0`);
  }
  return out;
}

/**
 * Adds the events of the given waits (ids) or of a whole workspace to the daily rollups; `sign: -1` takes
 * them out again (before a wait changes what it is counted under, see assign-response-waits.ts).
 */
export async function applyReportRollups({
  db,
  event,
  waitIds,
  workspaceId,
  sign = 1,
}: {
  db: Db;
  event: ReportEvent;
  waitIds?: string[];
  workspaceId?: string;
  sign?: 1 | -1;
}) {
  if (waitIds && !waitIds.length) return;
  const which = waitIds ? sql`w.id = ANY(${waitIds})` : sql`w."workspaceId" = ${workspaceId}`;
  for (const statement of reportRollupStatements({
    event,
    sign,
    source: { waits: `"ResponseWait" w`, which, dims: DIMS },
  }))
    await db.$executeRaw(statement);
}

/** Recomputes a workspace's rollups from its waits (after a backfill or a change of business hours). */
export async function rebuildReportRollups({ db, workspaceId }: { db: Db; workspaceId: string }) {
  await db.$executeRaw`DELETE FROM "ReportCounter" WHERE "workspaceId" = ${workspaceId}`;
  await db.$executeRaw`DELETE FROM "ReportHistogram" WHERE "workspaceId" = ${workspaceId}`;
  for (const event of ["received", "answered", "resolved"] as const)
    await applyReportRollups({ db, event, workspaceId });
}
