import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bucketStart } from "@/lib/reports/report-buckets";
import { emptyRow, type Metric, type ReportRow, type Scope } from "@/lib/reports/report-row";
import type { Row } from "@/lib/typed-sql";

export type Section = { dim: "all" | "marketplace" | "kind" | "operator" | "label"; key: string };

const sql = Prisma.sql;

// The sections' rows: sums and nearest-rank buckets of the rollups' columns, per section (its index) and key.
type Counter = Row<"ReportCounter">;
type Histogram = Row<"ReportHistogram">;
type Counts = Pick<Counter, "received" | "answered" | "resolved"> & {
  section: number;
  key: Counter["value"];
  met: Counter["slaMet"];
};
type Quantiles = {
  section: number;
  key: Histogram["value"];
  metric: Metric;
  p50: Histogram["bucket"];
  p90: Histogram["bucket"];
};

// Every section in one statement (UNION ALL, tagged by its index): a report takes two of the pool's
// connections, not two per section, and never starves the webhooks of theirs.

/** Received, answered, resolved and SLA counts per section and key, from the daily counters. */
function counts(s: Scope, sections: Section[]) {
  const met = Prisma.raw(s.clock === "business" ? `"slaMetBusiness"` : `"slaMet"`);
  const parts = sections.map(
    (
      section,
      i,
    ) => sql`SELECT ${i}::int AS section, (${Prisma.raw(section.key)})::text AS key, sum(received)::int AS received, sum(answered)::int AS answered,
      sum(resolved)::int AS resolved, sum(${met})::int AS met
    FROM "ReportCounter"
    WHERE "workspaceId" = ${s.workspaceId} AND scope = ${s.scope} AND dim = ${section.dim} AND day BETWEEN ${s.from}::date AND ${s.to}::date
    GROUP BY 2`,
  );
  return prisma().$queryRaw<Counts[]>`${Prisma.join(parts, " UNION ALL ")}`;
}

/** Median and 90th percentile (nearest rank) of each duration per section and key, from the daily histograms. */
function percentiles(s: Scope, sections: Section[]) {
  const parts = sections.map(
    (
      section,
      i,
    ) => sql`SELECT ${i}::int AS section, metric, (${Prisma.raw(section.key)})::text AS key, bucket, sum(n) AS n
      FROM "ReportHistogram"
      WHERE "workspaceId" = ${s.workspaceId} AND scope = ${s.scope} AND dim = ${section.dim} AND metric IN ('first', 'response', 'resolution')
        AND clock = ${s.clock} AND day BETWEEN ${s.from}::date AND ${s.to}::date
      GROUP BY 2, 3, 4`,
  );
  return prisma().$queryRaw<Quantiles[]>`
    WITH h AS (${Prisma.join(parts, " UNION ALL ")}), c AS (
      SELECT section, metric, key, bucket, sum(n) OVER (PARTITION BY section, metric, key ORDER BY bucket) AS cum, sum(n) OVER (PARTITION BY section, metric, key) AS total FROM h
    )
    SELECT section, metric, key, min(bucket) FILTER (WHERE cum >= ceil(total * 0.5))::int AS p50, min(bucket) FILTER (WHERE cum >= ceil(total * 0.9))::int AS p90
    FROM c GROUP BY section, metric, key`;
}

/** The sections of the report (a chart's table each): counts and percentiles per key, in the order asked. */
export async function reportSections(s: Scope, sections: Section[]): Promise<ReportRow[][]> {
  const [c, p] = await Promise.all([counts(s, sections), percentiles(s, sections)]);
  const tables = sections.map(() => new Map<string, ReportRow>());
  const row = (section: number, key: string) => {
    const rows = tables[section]!;
    const existing = rows.get(key);
    if (existing) return existing;
    const empty = emptyRow(key);
    rows.set(key, empty);
    return empty;
  };
  for (const r of c)
    Object.assign(row(r.section, String(r.key)), {
      received: r.received,
      answered: r.answered,
      resolved: r.resolved,
      slaMet: r.met,
      slaShare: r.answered ? r.met / r.answered : null,
    });
  for (const r of p) row(r.section, String(r.key))[r.metric] = { p50: bucketStart(r.p50), p90: bucketStart(r.p90) };
  return tables.map((rows) => [...rows.values()]);
}
