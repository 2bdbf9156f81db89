"use client";

import { api } from "@/components/api/client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useState } from "react";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import type { ReviewRequestList, ReviewRequestRow } from "@/lib/review-requests/list-review-requests";
import { ProviderResponse, providerLabel } from "@/components/review-requests/provider-response";
import { formatDate } from "@/lib/i18n/intl-format";

const STATUSES = ["QUEUED", "SENDING", "SENT", "DELIVERED", "FAILED", "SKIPPED"] as const;
const SOURCES = { IIKO: "iiko", RKEEPER: "R-Keeper", YCLIENTS: "YCLIENTS", AMOCRM: "amoCRM" } as const;
const CHANNELS = { SMS: "sms", WHATSAPP: "whatsapp", EMAIL: "email" } as const;
const STATUS_STYLE: Record<ReviewRequestRow["status"], string> = {
  QUEUED: "bg-sky-100 text-sky-800",
  SENDING: "bg-sky-100 text-sky-800",
  SENT: "bg-green-100 text-green-800",
  DELIVERED: "bg-green-200 text-green-900",
  FAILED: "bg-red-100 text-red-800",
  SKIPPED: "bg-amber-100 text-amber-800",
};

type Filters = { status: string; channel: string; source: string; from: string; to: string };
const EMPTY: Filters = { status: "", channel: "", source: "", from: "", to: "" };

export function RequestLog() {
  const { t, locale } = useI18n();
  const tr = t.reviews.log;
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const query = useInfiniteQuery({
    queryKey: queryKeys.reviewRequests(filters),
    initialPageParam: "",
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(Object.entries({ ...filters, cursor: pageParam }).filter(([, v]) => v !== ""));
      return api<ReviewRequestList>(`/api/review-requests?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Requests leave the queue in the background: keep the view live while any is pending.
    refetchInterval: (q) =>
      q.state.data?.pages.some((p) => p.requests.some((r) => r.status === "QUEUED" || r.status === "SENDING"))
        ? 2_000
        : 15_000,
  });
  const rows = query.data?.pages.flatMap((p) => p.requests) ?? [];
  const totals = query.data?.pages[0]?.totals;
  const select = (key: keyof Filters, label: string, options: [string, string][]) => (
    <label className="space-y-1 text-xs font-medium text-slate-700">
      <span className="block">{label}</span>
      <select
        value={filters[key]}
        onChange={(e) => setFilters({ ...filters, [key]: e.target.value })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">{tr.any}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="space-y-4">
      {totals ? (
        <div className="flex flex-wrap gap-2 text-sm" data-testid="review-totals">
          <span className="rounded-md border border-slate-200 bg-white px-3 py-1.5">
            {tr.total}: <b>{totals.all}</b>
          </span>
          {STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              onClick={() => setFilters({ ...filters, status: filters.status === status ? "" : status })}
              className={`rounded-md px-3 py-1.5 ${STATUS_STYLE[status]} ${filters.status === status ? "ring-2 ring-brand-500" : ""}`}
            >
              {tr.status[status]}: <b>{totals[status]}</b>
            </button>
          ))}
        </div>
      ) : null}

      <div className="flex flex-wrap items-end gap-3">
        {select(
          "status",
          tr.filterStatus,
          STATUSES.map((s) => [s, tr.status[s]]),
        )}
        {select(
          "channel",
          tr.filterChannel,
          Object.entries(CHANNELS).map(([value, key]) => [value, t.reviews.channel[key]]),
        )}
        {select("source", tr.filterSource, Object.entries(SOURCES))}
        <label className="space-y-1 text-xs font-medium text-slate-700">
          <span className="block">{tr.from}</span>
          <input
            type="date"
            value={filters.from}
            onChange={(e) => setFilters({ ...filters, from: e.target.value })}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
        <label className="space-y-1 text-xs font-medium text-slate-700">
          <span className="block">{tr.to}</span>
          <input
            type="date"
            value={filters.to}
            onChange={(e) => setFilters({ ...filters, to: e.target.value })}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
        </label>
        <Button type="button" variant="ghost" onClick={() => setFilters(EMPTY)}>
          {tr.reset}
        </Button>
      </div>

      {query.isLoading ? (
        <p className="text-sm text-slate-500">{t.inbox.loading}</p>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-red-600">
          {t.inbox.error}
        </p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-500">{tr.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="px-3 py-2">{tr.time}</th>
                <th className="px-3 py-2">{tr.source}</th>
                <th className="px-3 py-2">{tr.customer}</th>
                <th className="px-3 py-2">{tr.channel}</th>
                <th className="px-3 py-2">{tr.result}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id} data-testid="review-request-row" className="align-top">
                  <td className="whitespace-nowrap px-3 py-2 text-xs text-slate-500">
                    {formatDate(row.createdAt, locale, "moment")}
                  </td>
                  <td className="px-3 py-2">
                    {SOURCES[row.source]}
                    <div className="text-xs text-slate-500">
                      {row.sourceEventId.length > 24 ? `${row.sourceEventId.slice(0, 24)}…` : row.sourceEventId}
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    {row.customerName ?? ""}
                    <div className="font-mono text-xs text-slate-500">{row.phone}</div>
                  </td>
                  <td className="px-3 py-2">
                    {row.channel ? t.reviews.channel[CHANNELS[row.channel]] : "—"}
                    {providerLabel(row.provider, t.reviews.settings.provider) ? (
                      <div className="text-xs text-slate-500">
                        {providerLabel(row.provider, t.reviews.settings.provider)}
                      </div>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap items-center gap-1">
                      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[row.status]}`}>
                        {tr.status[row.status]}
                      </span>
                      {row.isTest ? (
                        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{tr.test}</span>
                      ) : null}
                    </div>
                    {row.reason ? (
                      <p className="mt-1 text-slate-700">
                        {row.reasonVerbatim ? (
                          <>
                            {t.reviewRequestReasons.verbatim}: <span data-user-content>{row.reason}</span>
                          </>
                        ) : (
                          row.reason
                        )}
                      </p>
                    ) : null}
                    {row.status === "QUEUED" && new Date(row.sendAt) > new Date() ? (
                      <p className="mt-1 text-xs text-slate-500">
                        {tr.waitsUntil} {formatDate(row.sendAt, locale, "moment")}
                        {row.deferredByQuietHours ? ` (${tr.quietHours})` : ""}
                      </p>
                    ) : null}
                    <ProviderResponse value={row.providerResponse} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.hasNextPage ? (
        <Button
          type="button"
          variant="secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {tr.loadMore}
        </Button>
      ) : null}
    </div>
  );
}
