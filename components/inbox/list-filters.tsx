"use client";

import { marketplaceName } from "@/components/inbox/marketplace-badge";
import { useInboxParams } from "@/components/inbox/use-inbox-params";
import { useI18n } from "@/components/providers";
import {
  MARKETPLACES,
  SORTS,
  VIEWS,
  type InboxMarketplace,
  type InboxSort,
  type InboxView,
} from "@/lib/inbox/inbox-views";

// On a phone the three pickers share the row and wrap rather than cut their labels.
const SELECT =
  "min-w-[8.5rem] flex-1 lg:min-w-0 lg:flex-none rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 focus:border-brand-500 focus:outline-none";

/** Sort order, plus the view and marketplace pickers on screens too narrow for the filter pane. */
export function ListFilters() {
  const { t, locale } = useI18n();
  const { params, update } = useInboxParams();
  const fromReport = params.from || params.to || params.kind || params.operator !== undefined;
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
      {fromReport ? (
        <span
          className="flex w-full items-center gap-2 rounded bg-brand-50 px-2 py-1 text-xs text-brand-700"
          data-testid="report-filter"
        >
          {t.reports.drill.label}
          {params.from
            ? `: ${params.from.split("-").reverse().join(".")}${params.to && params.to !== params.from ? `–${params.to.split("-").reverse().join(".")}` : ""}`
            : ""}
          {params.kind ? ` · ${t.reports.kinds[params.kind]}` : ""}
          <button
            type="button"
            className="ml-auto rounded px-1 hover:bg-brand-100"
            onClick={() =>
              update({ from: undefined, to: undefined, kind: undefined, operator: undefined, chat: undefined })
            }
          >
            {t.reports.drill.clear}
          </button>
        </span>
      ) : null}
      <label className="sr-only lg:hidden" htmlFor="inbox-view-select">
        {t.inbox.views}
      </label>
      <select
        id="inbox-view-select"
        className={`${SELECT} lg:hidden`}
        value={params.view}
        onChange={(e) => update({ view: e.target.value as InboxView, chat: undefined })}
      >
        {VIEWS.map((v) => (
          <option key={v} value={v}>
            {t.inbox.view[v]}
          </option>
        ))}
      </select>
      <label className="sr-only lg:hidden" htmlFor="inbox-marketplace-select">
        {t.inbox.marketplaces}
      </label>
      <select
        id="inbox-marketplace-select"
        className={`${SELECT} lg:hidden`}
        value={params.marketplace ?? ""}
        onChange={(e) =>
          update({ marketplace: (e.target.value || undefined) as InboxMarketplace | undefined, chat: undefined })
        }
      >
        <option value="">{t.inbox.allMarketplaces}</option>
        {MARKETPLACES.map((m) => (
          <option key={m} value={m}>
            {marketplaceName(m, locale)}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="inbox-sort-select">
        {t.inbox.sort}
      </label>
      <select
        id="inbox-sort-select"
        className={`${SELECT} lg:ml-auto`}
        value={params.sort}
        onChange={(e) => update({ sort: e.target.value as InboxSort }, "replace")}
      >
        {SORTS.map((s) => (
          <option key={s} value={s}>
            {t.inbox.sorts[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
