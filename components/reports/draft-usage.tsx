"use client";

import { useI18n } from "@/components/providers";

/**
 * AI draft usage over the report's days (inserted as is / edited / discarded). The drafting side does not
 * record what became of a draft yet; until it does, this section says so instead of showing numbers.
 */
export function DraftUsage(_: { from: string; to: string }) {
  const { t } = useI18n();
  return (
    <section className="rounded-lg border border-dashed border-slate-300 bg-white p-3 text-sm" data-testid="report-drafts">
      <h2 className="font-semibold">{t.reports.drafts.title}</h2>
      <p className="mt-1 text-slate-600">{t.reports.drafts.pending}</p>
    </section>
  );
}
