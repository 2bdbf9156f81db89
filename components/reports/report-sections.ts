import type { ApiResult } from "@/components/api/types";
import { drillHref, formatDuration, toMinutes } from "@/components/reports/report-format";
import type { ChartBar, ChartPoint } from "@/components/reports/report-chart";
import type { Dictionary, Locale } from "@/lib/i18n/dictionaries";
import type { getReport } from "@/lib/reports/get-report";
import { findDescriptor } from "@/lib/marketplaces/registry";
import { formatCalendarDay } from "@/lib/i18n/intl-format";

export type Report = ApiResult<typeof getReport>;
type Row = Report["totals"];
export type SectionId = "volume" | "responseTimes" | "byMarketplace" | "byKind" | "byOperator" | "byLabel";

export type Section = {
  id: SectionId;
  title: string;
  keyHeading: string;
  bars: ChartBar[];
  unit?: string;
  rows: { label: string; href: string; row: Row }[];
};

const COLORS = { received: "#94a3b8", answered: "#2563eb", resolved: "#16a34a", median: "#2563eb", p90: "#f59e0b" };

/** The report's charts, each with the rows of its table and where each bar leads. */
export function buildSections(report: Report, t: Dictionary, locale: Locale): Section[] {
  const r = t.reports;
  const c = r.charts;
  const range = { from: report.from, to: report.to };
  const dayLabel = (day: string) => formatCalendarDay(day, locale, "dayMonth");
  const periods = report.series.map((p) => ({
    label: report.period === "week" ? `${dayLabel(p.since)}–${dayLabel(p.until)}` : dayLabel(p.key),
    href: drillHref({ from: p.since, to: p.until }),
    row: p,
  }));
  const volume: ChartBar[] = [
    { key: "received", name: r.columns.received, color: COLORS.received },
    { key: "answered", name: r.columns.answered, color: COLORS.answered },
    { key: "resolved", name: r.columns.resolved, color: COLORS.resolved },
  ];
  const times: ChartBar[] = [
    { key: "firstMedian", name: c.medianFirst, color: COLORS.median },
    { key: "responseMedian", name: c.medianResponse, color: COLORS.p90 },
  ];
  const sections: Section[] = [
    { id: "volume", title: c.volume, keyHeading: r.columns.period, bars: volume, rows: periods },
    {
      id: "responseTimes",
      title: c.responseTimes,
      keyHeading: r.columns.period,
      bars: [
        { key: "responseMedian", name: c.medianResponse, color: COLORS.median },
        { key: "responseP90", name: c.p90Response, color: COLORS.p90 },
      ],
      rows: periods,
    },
    {
      id: "byMarketplace",
      title: c.byMarketplace,
      keyHeading: r.columns.marketplace,
      bars: times,
      rows: report.byMarketplace.map((m) => ({
        label: findDescriptor({ value: m.key })?.labels[locale] ?? m.key,
        href: drillHref({ ...range, marketplace: m.key }),
        row: m,
      })),
    },
    {
      id: "byKind",
      title: c.byKind,
      keyHeading: r.columns.kind,
      bars: times,
      rows: report.byKind.map((k) => ({
        label: r.kinds[k.key as keyof typeof r.kinds] ?? k.key,
        href: drillHref({ ...range, kind: k.key }),
        row: k,
      })),
    },
  ];
  if (report.byOperator) {
    sections.push({
      id: "byOperator",
      title: c.byOperator,
      keyHeading: r.columns.operator,
      bars: volume,
      rows: report.byOperator.map((o) => ({
        label: o.key === "" ? r.unassigned : (o.label ?? r.formerMember),
        href: drillHref({ ...range, operator: o.key }),
        row: o,
      })),
    });
  }
  if (report.byLabel.length) {
    sections.push({
      id: "byLabel",
      title: c.byLabel,
      keyHeading: r.columns.label,
      bars: volume,
      rows: report.byLabel.map((l) => ({ label: l.name, href: drillHref({ ...range, label: l.key }), row: l })),
    });
  }
  return sections;
}

/** Sections whose row names are the workspace's own words (operators, labels), not the interface's. */
export const userNamedSection = (id: SectionId) => id === "byOperator" || id === "byLabel";

/** One chart point per table row: counts, and durations in minutes. */
export function chartPoints(section: Section): ChartPoint[] {
  return section.rows.map(({ label, row }) => ({
    label,
    received: row.received,
    answered: row.answered,
    resolved: row.resolved,
    firstMedian: toMinutes(row.first.p50),
    responseMedian: toMinutes(row.response.p50),
    responseP90: toMinutes(row.response.p90),
  }));
}

/** The table behind a chart: headings, cells as shown, and the same as CSV values (durations in minutes). */
export function tableOf(section: Section, t: Dictionary, locale: string) {
  const col = t.reports.columns;
  const d = t.reports.duration;
  const head = [
    section.keyHeading,
    col.received,
    col.answered,
    col.resolved,
    col.sla,
    col.firstMedian,
    col.firstP90,
    col.responseMedian,
    col.responseP90,
    col.resolutionMedian,
    col.resolutionP90,
  ];
  const share = (row: Row) => (row.slaShare === null ? null : Math.round(row.slaShare * 1000) / 10);
  const durations = (row: Row) => [
    row.first.p50,
    row.first.p90,
    row.response.p50,
    row.response.p90,
    row.resolution.p50,
    row.resolution.p90,
  ];
  return {
    head,
    shown: section.rows.map(({ label, row }) => [
      label,
      row.received,
      row.answered,
      row.resolved,
      share(row) ?? d.none,
      ...durations(row).map((s) => formatDuration(s, d, locale)),
    ]),
    csv: [
      head.map((h, i) => (i >= 5 ? `${h} (${d.minutes})` : h)),
      ...section.rows.map(({ label, row }) => [
        label,
        row.received,
        row.answered,
        row.resolved,
        share(row),
        ...durations(row).map(toMinutes),
      ]),
    ],
  };
}
