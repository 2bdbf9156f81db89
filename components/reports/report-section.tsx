"use client";

import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers";
import { toCsv } from "@/components/reports/report-format";
import { chartPoints, tableOf, userNamedSection, type Section } from "@/components/reports/report-sections";

// The charting library loads after the page, on its own chunk.
const ReportChart = dynamic(() => import("@/components/reports/report-chart"), {
  ssr: false,
  loading: () => <ChartLoading />,
});

function ChartLoading() {
  const { t } = useI18n();
  return <div className="flex h-60 items-center justify-center text-sm text-slate-500">{t.reports.charts.loading}</div>;
}

/** A chart whose bars open the chats behind them, its table (on demand) and the table as CSV. */
export function ReportSection({ section, fileName }: { section: Section; fileName: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const table = tableOf(section, t, locale);
  const download = () => {
    const blob = new Blob([toCsv(table.csv, locale === "ru" ? ";" : ",")], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement("a"), { href: url, download: `${fileName}.csv` });
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-testid={`report-${section.id}`}
      aria-labelledby={`report-${section.id}-title`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`report-${section.id}-title`} className="font-semibold">
          {section.title}
        </h2>
        <button
          type="button"
          className="ml-auto rounded border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50"
          onClick={download}
        >
          {t.reports.charts.csv}
        </button>
      </div>
      {/* Operators' and labels' names are the workspace's own words, not the interface's. */}
      <div data-user-content={userNamedSection(section.id) ? "" : undefined}>
        <ReportChart
          points={chartPoints(section)}
          bars={section.bars}
          unit={section.unit}
          onPick={(i) => router.push(section.rows[i]!.href)}
        />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-600">{t.reports.charts.showTable}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-xs">
            <thead className="text-slate-600">
              <tr>
                {table.head.map((h, i) => (
                  <th key={h} scope="col" className={`px-2 py-1 font-medium ${i ? "text-right" : "text-left"}`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.shown.map((cells, r) => (
                <tr key={section.rows[r]!.href + r} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    <a
                      href={section.rows[r]!.href}
                      className="text-brand-700 hover:underline"
                      data-user-content={userNamedSection(section.id) ? "" : undefined}
                    >
                      {cells[0]}
                    </a>
                  </th>
                  {cells.slice(1).map((v, i) => (
                    <td key={i} className="px-2 py-1 text-right whitespace-nowrap tabular-nums">
                      {v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
