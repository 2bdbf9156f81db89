"use client";

import { api } from "@/components/api/client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { formatDuration } from "@/components/reports/report-format";
import { buildSections, type Report } from "@/components/reports/report-sections";
import { ReportSection } from "@/components/reports/report-section";
import { DraftUsage } from "@/components/reports/draft-usage";
import { formatNumber } from "@/lib/i18n/intl-format";

const PRESETS = [7, 30, 90] as const;
const BUTTON = "rounded px-2.5 py-1 text-sm";
const pressed = (on: boolean) =>
  `${BUTTON} ${on ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`;

/** The team report: totals, then each chart with its table and CSV. Operators see their own figures. */
export function ReportsView({ own }: { own: boolean }) {
  const { t, locale } = useI18n();
  const r = t.reports;
  const [range, setRange] = useState<{ days: number } | { from: string; to: string }>({ days: 30 });
  const [period, setPeriod] = useState<"day" | "week">("day");
  const qs = new URLSearchParams({ period, ...("days" in range ? { days: String(range.days) } : range) });
  const report = useQuery({
    queryKey: queryKeys.teamReport(qs.toString()),
    queryFn: ({ signal }) => api<Report>(`/api/reports?${qs}`, { signal }),
  });
  const data = report.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex gap-1" role="group">
          {PRESETS.map((d) => (
            <button
              key={d}
              type="button"
              aria-pressed={"days" in range && range.days === d}
              className={pressed("days" in range && range.days === d)}
              onClick={() => setRange({ days: d })}
            >
              {r.range[`last${d}`]}
            </button>
          ))}
        </div>
        <label className="flex flex-col text-xs text-slate-600">
          {r.range.from}
          <input
            type="date"
            className="rounded border border-slate-300 px-2 py-1 text-sm"
            value={data?.from ?? ""}
            max={data?.to}
            onChange={(e) => e.target.value && data && setRange({ from: e.target.value, to: data.to })}
          />
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {r.range.to}
          <input
            type="date"
            className="rounded border border-slate-300 px-2 py-1 text-sm"
            value={data?.to ?? ""}
            min={data?.from}
            onChange={(e) => e.target.value && data && setRange({ from: data.from, to: e.target.value })}
          />
        </label>
        <div className="flex gap-1" role="group" aria-label={r.range.period}>
          {(["day", "week"] as const).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={period === p}
              className={pressed(period === p)}
              onClick={() => setPeriod(p)}
            >
              {r.range[p]}
            </button>
          ))}
        </div>
      </div>
      {own ? <p className="text-sm text-slate-600">{r.ownHint}</p> : null}
      {report.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {t.errors.generic}
        </p>
      ) : null}
      {data ? (
        <>
          <p className="text-xs text-slate-500">
            {r.clock[data.clock]} {r.charts.drillHint}
          </p>
          <Kpis report={data} />
          {data.totals.received + data.totals.answered + data.totals.resolved === 0 ? (
            <p className="text-sm text-slate-600">{r.empty}</p>
          ) : null}
          <div className="grid gap-4 lg:grid-cols-2">
            {buildSections(data, t, locale).map((s) => (
              <ReportSection key={s.id} section={s} fileName={`report-${s.id}-${data.from}-${data.to}`} />
            ))}
          </div>
          <DraftUsage drafts={data.drafts} />
        </>
      ) : null}
    </div>
  );
}

function Kpis({ report }: { report: Report }) {
  const { t, locale, fmt } = useI18n();
  const count = (n: number) => formatNumber(n, locale);
  const k = t.reports.kpi;
  const d = t.reports.duration;
  const tot = report.totals;
  const time = (label: string, p: { p50: number | null; p90: number | null }) => (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <p className="text-xs text-slate-600">{label}</p>
      <p className="text-xl font-semibold tabular-nums">{formatDuration(p.p50, d, locale)}</p>
      <p className="text-xs text-slate-500">
        {k.median}; {k.p90} {formatDuration(p.p90, d, locale)}
      </p>
    </div>
  );
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="report-kpis">
      {time(k.first, tot.first)}
      {time(k.response, tot.response)}
      {time(k.resolution, tot.resolution)}
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <p className="text-xs text-slate-600">{k.sla}</p>
        <p className="text-xl font-semibold tabular-nums">
          {tot.slaShare === null ? d.none : `${Math.round(tot.slaShare * 100)}%`}
        </p>
        <p className="text-xs text-slate-500">{fmt(k.ofAnswered, { met: tot.slaMet, answered: tot.answered })}</p>
      </div>
      <div className="col-span-2 flex justify-around rounded-lg border border-slate-200 bg-white p-3 text-center md:col-span-4">
        {(["received", "answered", "resolved"] as const).map((key) => (
          <div key={key}>
            <p className="text-xs text-slate-600">{k[key]}</p>
            <p className="text-xl font-semibold tabular-nums" data-testid={`kpi-${key}`}>
              {count(tot[key])}
            </p>
          </div>
        ))}
      </div>
    </div>
  );
}
