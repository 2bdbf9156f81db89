"use client";

import { apiErrorText } from "@/components/api/error-text";
import type { ApiResult } from "@/components/api/types";
import { api } from "@/components/api/client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useState } from "react";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import { ReminderOffsetsForm } from "@/components/negative-reviews/reminder-offsets-form";
import { useI18n } from "@/components/providers";
import { formatMessage } from "@/lib/i18n/format";
import type { negativeReviewReport } from "@/lib/negative-reviews/negative-review-report";

type Report = ApiResult<typeof negativeReviewReport>;
type Row = Report["byMarketplace"][number];
const PERIODS = [7, 30, 90];

/** Cases, median first response, handled before deadline, ratings improved, average change: per marketplace and per operator. */
export function NegativeReviewReport({ isOwner }: { isOwner: boolean }) {
  const { t, fmt, locale } = useI18n();
  const r = t.negative.report;
  const [days, setDays] = useState(30);
  const report = useQuery({
    queryKey: queryKeys.negativeReport(days),
    queryFn: ({ signal }) => api<Report>(`/api/negative-reviews/report?days=${days}`, { signal }),
  });
  return (
    <div className="space-y-6">
      <div className="flex gap-1" role="group">
        {PERIODS.map((d) => (
          <button
            key={d}
            type="button"
            aria-pressed={d === days}
            className={`rounded px-2.5 py-1 text-sm ${d === days ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
            onClick={() => setDays(d)}
          >
            {fmt(r.period, { days: d })}
          </button>
        ))}
      </div>
      {report.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {apiErrorText(report.error, { t, locale })}
        </p>
      ) : null}
      {report.data ? (
        report.data.total.cases === 0 ? (
          <p className="text-sm text-slate-600">{r.empty}</p>
        ) : (
          <>
            <ReportTable
              title={r.byMarketplace}
              rows={report.data.byMarketplace}
              total={{ ...report.data.total, key: "total", label: r.total }}
              name={(row) => <MarketplaceBadge marketplace={row.key} />}
            />
            <ReportTable
              title={r.byOperator}
              rows={report.data.byOperator}
              name={(row) =>
                row.key === "unassigned" ? <span>{r.unassigned}</span> : <span data-user-content>{row.label}</span>
              }
            />
          </>
        )
      ) : null}
      {isOwner ? <ReminderOffsetsForm /> : null}
    </div>
  );
}

function ReportTable({
  title,
  rows,
  total,
  name,
}: {
  title: string;
  rows: Row[];
  total?: Row;
  name: (row: Row) => React.ReactNode;
}) {
  const { t, locale } = useI18n();
  const c = t.negative.report.columns;
  const cell = "px-3 py-2 text-right tabular-nums";
  const line = (row: Row, head?: React.ReactNode) => (
    <tr key={row.key} className="border-t border-slate-100">
      <th scope="row" className="px-3 py-2 text-left font-medium">
        {head ?? name(row)}
      </th>
      <td className={cell}>{row.cases}</td>
      <td className={cell}>
        {row.medianFirstResponseMinutes === null
          ? "—"
          : medianText(row.medianFirstResponseMinutes, t.negative.report, locale)}
      </td>
      <td className={cell}>{row.resolvedBeforeDeadline}</td>
      <td className={cell}>{row.ratingsImproved}</td>
      <td className={cell}>
        {row.averageRatingChange === null ? "—" : `${row.averageRatingChange > 0 ? "+" : ""}${row.averageRatingChange}`}
      </td>
    </tr>
  );
  return (
    <section className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <h2 className="px-3 pt-3 font-semibold">{title}</h2>
      <table className="mt-2 w-full text-sm" data-testid="negative-report-table">
        <thead className="text-xs text-slate-600">
          <tr>
            <th className="px-3 py-1 text-left font-medium">{c.name}</th>
            {[c.cases, c.median, c.resolved, c.improved, c.change].map((h) => (
              <th key={h} className="px-3 py-1 text-right font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => line(row))}
          {total ? line(total, <span>{total.label}</span>) : null}
        </tbody>
      </table>
    </section>
  );
}

/** "45 мин", "16 ч 15 мин": minutes past the hour read as hours. */
function medianText(minutes: number, r: { minutes: string; hoursMinutes: string }, locale: string): string {
  if (minutes < 60) return formatMessage(locale, r.minutes, { n: minutes });
  return formatMessage(locale, r.hoursMinutes, { h: Math.floor(minutes / 60), m: minutes % 60 });
}
