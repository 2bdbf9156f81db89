import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bucketSql, bucketStart } from "@/lib/reports/report-buckets";
import type { Metric, ReportRow, Scope } from "@/lib/reports/report-row";
import type { Row } from "@/lib/typed-sql";
import { dayStart } from "@/lib/time/zoned-time";

const raw = Prisma.raw;
type Label = Row<"Label">;
// A label's counts and its durations' nearest-rank buckets (null without events).
type Figures = Pick<Label, "name" | "color"> & { key: Label["id"] } & Record<"received" | "answered" | "resolved" | "met", number> &
  Record<`${Metric}${"50" | "90"}`, Row<"ReportHistogram">["bucket"] | null>;

/**
 * The report per workspace label, from the waits of the chats that carry it now (a chat with two labels
 * counts under both): the same figures and the same rules as the other sections (each event on its own
 * day, under its operator for an operator's own figures, durations read on the rollups' steps), counted
 * in SQL over the labels' chats and their waits by index, since labels come and go after the fact.
 */
export async function reportByLabel({ s, zone }: { s: Scope; zone: string }): Promise<(ReportRow & { name: string; color: string })[]> {
  const since = dayStart({ day: s.from, zone }).toISOString();
  const until = dayStart({ day: s.to, zone, plusDays: 1 }).toISOString();
  const inRange = (at: string) => Prisma.sql`${raw(at)} >= ${since}::timestamp AND ${raw(at)} < ${until}::timestamp`;
  const mine = (operator: string) => (s.scope ? Prisma.sql`${raw(operator)} = ${s.scope}` : Prisma.sql`TRUE`);
  const received = Prisma.sql`${inRange(`w."startedAt"`)} AND ${mine(`w."assigneeId"`)}`;
  const answered = Prisma.sql`${inRange(`w."answeredAt"`)} AND ${mine(`w."responderId"`)}`;
  const resolved = Prisma.sql`${inRange(`w."resolvedAt"`)} AND ${mine(`coalesce(w."resolverId", w."responderId", w."assigneeId")`)}`;
  const business = s.clock === "business";
  const response = business ? `w."businessSeconds"` : "w.seconds";
  const resolution = business ? `w."resolutionBusinessSeconds"` : `w."resolutionSeconds"`;
  // Nearest rank on the rollups' steps, as the histograms give it (percentile_disc picks the first value
  // whose running share reaches p).
  const pct = (p: 0.5 | 0.9, secs: string, when: Prisma.Sql) =>
    Prisma.sql`percentile_disc(${raw(String(p))}) WITHIN GROUP (ORDER BY ${raw(bucketSql(secs))}) FILTER (WHERE ${when} AND ${raw(secs)} IS NOT NULL)`;
  const first = Prisma.sql`${answered} AND w."isFirst"`;
  const rows = await prisma().$queryRaw<Figures[]>`
    SELECT l.id AS key, l.name, l.color,
      count(*) FILTER (WHERE ${received})::int AS received,
      count(*) FILTER (WHERE ${answered})::int AS answered,
      count(*) FILTER (WHERE ${resolved})::int AS resolved,
      count(*) FILTER (WHERE ${answered} AND ${raw(response)} <= w."slaSeconds")::int AS met,
      ${pct(0.5, response, first)} AS first50, ${pct(0.9, response, first)} AS first90,
      ${pct(0.5, response, answered)} AS response50, ${pct(0.9, response, answered)} AS response90,
      ${pct(0.5, resolution, resolved)} AS resolution50, ${pct(0.9, resolution, resolved)} AS resolution90
    FROM "Label" l
    JOIN "ChatLabel" cl ON cl."labelId" = l.id
    JOIN "ResponseWait" w ON w."chatId" = cl."chatId" AND w."workspaceId" = l."workspaceId"
    WHERE l."workspaceId" = ${s.workspaceId} AND w."startedAt" < ${until}::timestamp
    GROUP BY l.id, l.name, l.color`;
  const at = (bucket: number | null) => (bucket === null ? null : bucketStart(Number(bucket)));
  return rows
    .filter((r) => r.received + r.answered + r.resolved > 0)
    .map((r) => ({
      key: r.key,
      name: r.name,
      color: r.color,
      received: r.received,
      answered: r.answered,
      resolved: r.resolved,
      slaMet: r.met,
      slaShare: r.answered ? r.met / r.answered : null,
      first: { p50: at(r.first50), p90: at(r.first90) },
      response: { p50: at(r.response50), p90: at(r.response90) },
      resolution: { p50: at(r.resolution50), p90: at(r.resolution90) },
    }))
    .sort((a, b) => b.received - a.received || a.name.localeCompare(b.name));
}
