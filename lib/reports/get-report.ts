import { DateTime } from "luxon";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { bucketStart } from "@/lib/reports/report-buckets";
import { calendarDaySchema } from "@/lib/reports/business-hours";
import { dayStart } from "@/lib/time/zoned-time";
import { getDraftUsage } from "@/lib/reports/draft-usage";
import type { Row } from "@/lib/typed-sql";
import { reportByLabel } from "@/lib/reports/report-by-label";
import { emptyRow, type ReportRow, type Scope } from "@/lib/reports/report-row";
import { reportSections, type Section } from "@/lib/reports/report-sections";

export type { ReportRow } from "@/lib/reports/report-row";

export const PERIODS = ["day", "week"] as const;
export const reportQuerySchema = z.object({
  // Calendar days in the workspace's time zone, both included; else the last `days` days (30) to today.
  from: calendarDaySchema.optional(),
  to: calendarDaySchema.optional(),
  days: z.coerce.number().int().min(1).max(366).default(30),
  period: z.enum(PERIODS).default("day"),
});
export type ReportQuery = z.infer<typeof reportQuerySchema>;

const MAX_DAYS = 366;

/**
 * The team's figures over a range of days: totals, a series per day or week, and per marketplace, kind,
 * label and (owners) operator. Operators get their own figures only. Everything is read from the daily
 * rollups.
 */
export async function getReport({
  workspaceId,
  userId,
  role,
  query,
  now = new Date(),
}: {
  workspaceId: string;
  userId: string;
  role: "OWNER" | "OPERATOR";
  query: ReportQuery;
  now?: Date;
}) {
  const ws = await prisma().workspace.findUnique({
    where: { id: workspaceId },
    select: { timeZone: true, reportSettings: { select: { slaBusinessHours: true } } },
  });
  if (!ws) throw new AppError("not_found", "Workspace not found");
  const today = DateTime.fromJSDate(now, { zone: ws.timeZone }).toISODate()!;
  const to = query.to ?? today;
  const from =
    query.from ??
    DateTime.fromISO(to)
      .minus({ days: query.days - 1 })
      .toISODate()!;
  const days = DateTime.fromISO(to).diff(DateTime.fromISO(from), "days").days + 1;
  if (days < 1 || days > MAX_DAYS) throw new AppError("bad_request", `The range must be 1 to ${MAX_DAYS} days`);
  const s: Scope = {
    workspaceId,
    scope: role === "OWNER" ? "" : userId,
    from,
    to,
    clock: ws.reportSettings?.slaBusinessHours ? "business" : "wall",
  };
  const periodKey =
    query.period === "week" ? `to_char(date_trunc('week', day), 'YYYY-MM-DD')` : `to_char(day, 'YYYY-MM-DD')`;
  const sections: Section[] = [
    { dim: "all", key: "''" },
    { dim: "all", key: periodKey },
    { dim: "marketplace", key: "value" },
    { dim: "kind", key: "value" },
    ...(role === "OWNER" ? [{ dim: "operator", key: "value" } as const] : []),
  ];
  const [totals = [], series = [], byMarketplace = [], byKind = [], operators] = await reportSections(s, sections);
  const byOperator = role === "OWNER" ? (operators ?? []) : null;
  // After the sections, not beside them: a report never holds more than two connections at once.
  const byLabel = await reportByLabel({ s });
  return {
    from,
    to,
    period: query.period,
    timeZone: ws.timeZone,
    clock: s.clock,
    own: role !== "OWNER",
    totals: totals[0] ?? emptyRow(""),
    series: fillPeriods({ from, to, period: query.period, rows: series }),
    byMarketplace: byMarketplace.sort((a, b) => b.received - a.received),
    byKind: byKind.sort((a, b) => b.received - a.received),
    byOperator: byOperator ? await labelOperators(workspaceId, byOperator) : null,
    byLabel,
    drafts: await getDraftUsage({
      workspaceId,
      role,
      from: dayStart({ day: from, zone: ws.timeZone }),
      to: dayStart({ day: to, zone: ws.timeZone, plusDays: 1 }),
    }),
  };
}

/** Every day or week of the range, empty ones included, oldest first. */
function fillPeriods({
  from,
  to,
  period,
  rows,
}: {
  from: string;
  to: string;
  period: ReportQuery["period"];
  rows: ReportRow[];
}) {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const out: (ReportRow & { since: string; until: string })[] = [];
  let start = DateTime.fromISO(from);
  if (period === "week") start = start.startOf("week");
  const last = DateTime.fromISO(to);
  for (; start <= last; start = start.plus(period === "week" ? { weeks: 1 } : { days: 1 })) {
    const key = start.toISODate()!;
    // The period's last day, clipped to the range (for links into the inbox).
    const end = DateTime.min(start.plus(period === "week" ? { days: 6 } : {}), last);
    out.push({
      ...(byKey.get(key) ?? emptyRow(key)),
      since: DateTime.max(start, DateTime.fromISO(from)).toISODate()!,
      until: end.toISODate()!,
    });
  }
  return out;
}

async function labelOperators(workspaceId: string, rows: ReportRow[]) {
  const ids = rows.map((r) => r.key).filter(Boolean);
  const users = await prisma().user.findMany({
    where: { id: { in: ids }, memberships: { some: { workspaceId } } },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return rows
    .map((r) => ({ ...r, label: r.key ? (names.get(r.key) ?? null) : null }))
    .sort((a, b) => b.answered - a.answered);
}
