"use client";

import { useI18n } from "@/components/providers";
import type { Report } from "@/components/reports/report-sections";

/** AI draft usage over the report's days: inserted as is, edited, discarded (or why there are no figures). */
export function DraftUsage({ drafts }: { drafts: Report["drafts"] }) {
  const { t } = useI18n();
  const d = t.reports.drafts;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="report-drafts">
      <h2 className="font-semibold">{d.title}</h2>
      {drafts && drafts.total === 0 ? <p className="mt-1 text-slate-600">{d.none}</p> : null}
      {drafts && drafts.total > 0 ? (
        <dl className="mt-2 flex flex-wrap gap-6">
          {(
            [
              [d.asIs, drafts.insertedAsIs],
              [d.edited, drafts.edited],
              [d.discarded, drafts.discarded],
              [d.acceptance, drafts.acceptance === null ? "—" : `${Math.round(drafts.acceptance * 100)}%`],
            ] as const
          ).map(([label, n]) => (
            <div key={label}>
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="text-xl font-semibold tabular-nums">{n}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {drafts ? null : <p className="mt-1 text-slate-600">{d.pending}</p>}
    </section>
  );
}
