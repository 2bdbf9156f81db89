"use client";

import { useI18n } from "@/components/providers";
import type { Report } from "@/components/reports/report-sections";
import { findDescriptor } from "@/lib/marketplaces/registry";

type Drafts = NonNullable<Report["drafts"]>;
type Row = Drafts["byKind"][string];

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** AI draft usage over the report's days: what became of the drafts, and acceptance per kind and marketplace. */
export function DraftUsage({ drafts }: { drafts: Report["drafts"] }) {
  const { t, locale } = useI18n();
  const d = t.reports.drafts;
  const kindLabel = (key: string) => t.reports.kinds[key as keyof typeof t.reports.kinds] ?? d.other;
  const marketplaceLabel = (key: string) => findDescriptor({ value: key })?.labels[locale] ?? d.other;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="report-drafts">
      <h2 className="font-semibold">{d.title}</h2>
      {drafts && drafts.total === 0 ? <p className="mt-1 text-slate-600">{d.none}</p> : null}
      {drafts && drafts.total > 0 ? (
        <>
          <dl className="mt-2 flex flex-wrap gap-6">
            {(
              [
                [d.acceptance, percent(drafts.acceptance)],
                [d.asIs, drafts.insertedAsIs],
                [d.edited, drafts.edited],
                [d.noReply, drafts.noReply],
                [d.discarded, drafts.discarded],
                [d.regenerated, drafts.regenerated],
              ] as const
            ).map(([label, n]) => (
              <div key={label}>
                <dt className="text-xs text-slate-600">{label}</dt>
                <dd className="text-xl font-semibold tabular-nums">{n}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <AcceptanceTable heading={d.byKind} rows={drafts.byKind} label={kindLabel} />
            <AcceptanceTable heading={d.byMarketplace} rows={drafts.byMarketplace} label={marketplaceLabel} />
          </div>
        </>
      ) : null}
      {drafts ? null : <p className="mt-1 text-slate-600">{d.pending}</p>}
    </section>
  );
}

function AcceptanceTable({
  heading,
  rows,
  label,
}: {
  heading: string;
  rows: Record<string, Row>;
  label: (key: string) => string;
}) {
  const { t } = useI18n();
  const d = t.reports.drafts;
  return (
    <table className="w-full text-left text-xs">
      <caption className="mb-1 text-left text-xs font-medium text-slate-700">{heading}</caption>
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="py-1 font-normal" />
          <th scope="col" className="py-1 text-right font-normal">
            {d.total}
          </th>
          <th scope="col" className="py-1 text-right font-normal">
            {d.acceptance}
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(rows).map(([key, row]) => (
          <tr key={key} className="border-t border-slate-100">
            <th scope="row" className="py-1 font-normal text-slate-800">
              {label(key)}
            </th>
            <td className="py-1 text-right tabular-nums">{row.total}</td>
            <td className="py-1 text-right tabular-nums">{percent(row.acceptance)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
