"use client";

import type { ApiResult } from "@/components/api/types";
import { api } from "@/components/api/client";
import { inboxQueries, queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { snoozePresets } from "@/components/inbox/snooze-presets";
import { useLabels } from "@/components/labels/use-labels";
import { useI18n } from "@/components/providers";
import {
  bulkFailureReasonSchema,
  type BulkAction,
  type BulkFailureReason,
  type BulkFilter,
} from "@/lib/bulk/bulk-schema";
import type { getBulkJob } from "@/lib/bulk/start-bulk-job";

type BulkJob = ApiResult<typeof getBulkJob>;
export type BulkSelection = { ids: Set<string>; allMatching: boolean };

const CONTROL =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800 focus:border-brand-500 focus:outline-none";
const BUTTON =
  "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";

/**
 * The actions over the selected chats: the picked rows, or "all N matching this filter" (loaded or not),
 * run as one background job whose progress and summary show here.
 */
export function BulkBar({
  filter,
  selection,
  loadedCount,
  onSelectAll,
  onClear,
}: {
  filter: BulkFilter;
  selection: BulkSelection;
  loadedCount: number;
  onSelectAll: () => void;
  onClear: () => void;
}) {
  const { t, fmt } = useI18n();
  const qc = useQueryClient();
  const labels = useLabels();
  const members = useQuery({ ...inboxQueries.members(), staleTime: 60_000 });
  const matching = useQuery({
    queryKey: queryKeys.chatsMatching(filter),
    // operator "" (nobody's chats) is a filter too: only absent values stay out.
    queryFn: ({ signal }) =>
      api<{ count: number }>(
        `/api/chats/matching?${new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined))}`,
        { signal },
      ),
  });
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: (action: BulkAction) =>
      api<BulkJob>("/api/bulk-jobs", {
        method: "POST",
        body: {
          requestKey: crypto.randomUUID(),
          action,
          selection: selection.allMatching ? { filter } : { ids: [...selection.ids] },
        },
      }),
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useQuery({
    queryKey: queryKeys.bulkJob(jobId),
    enabled: Boolean(jobId),
    queryFn: ({ signal }) => api<BulkJob>(`/api/bulk-jobs/${jobId}`, { signal }),
    refetchInterval: (q) => (q.state.data?.status === "RUNNING" ? 500 : false),
  });
  const finished = job.data && job.data.status !== "RUNNING";
  useEffect(() => {
    if (!finished) return;
    for (const key of [
      queryFamilies.chatLists,
      queryKeys.chatCounts(),
      queryKeys.labels(),
      queryFamilies.chatsMatching,
    ])
      void qc.invalidateQueries({ queryKey: key });
  }, [finished, qc]);

  const count = selection.allMatching ? (matching.data?.count ?? 0) : selection.ids.size;
  const total = matching.data?.count ?? 0;
  const run = (action: BulkAction) => {
    setJobId(null);
    start.mutate(action);
  };
  return (
    <div
      role="region"
      aria-label={fmt(t.ops.bulk.selected, { n: count })}
      className="space-y-1.5 border-b border-brand-200 bg-brand-50 px-3 py-2"
      data-testid="bulk-bar"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="font-semibold text-slate-900" data-testid="bulk-count">
          {selection.allMatching ? fmt(t.ops.bulk.allMatching, { n: count }) : fmt(t.ops.bulk.selected, { n: count })}
        </span>
        {!selection.allMatching && total > selection.ids.size && total > 0 ? (
          <button
            type="button"
            className="text-brand-700 underline"
            onClick={onSelectAll}
            data-testid="bulk-select-all"
          >
            {fmt(t.ops.bulk.selectAllMatching, { n: total })}
          </button>
        ) : null}
        <button type="button" className="ml-auto text-slate-700 underline" onClick={onClear}>
          {t.ops.bulk.clear}
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          className={BUTTON}
          disabled={start.isPending}
          onClick={() => run({ type: "resolve" })}
          data-testid="bulk-resolve"
        >
          ✓ {t.ops.bulk.resolve}
        </button>
        <button type="button" className={BUTTON} disabled={start.isPending} onClick={() => run({ type: "read" })}>
          {t.ops.bulk.read}
        </button>
        <button
          type="button"
          className={BUTTON}
          disabled={start.isPending}
          onClick={() => run({ type: "snooze", until: snoozePresets(new Date()).tomorrow.toISOString() })}
        >
          {t.ops.bulk.snooze}
        </button>
        <select
          aria-label={t.ops.bulk.assign}
          className={CONTROL}
          value=""
          onChange={(e) =>
            e.target.value && run({ type: "assign", assigneeId: e.target.value === "-" ? null : e.target.value })
          }
        >
          <option value="">{t.ops.bulk.assign}</option>
          <option value="-">{t.ops.bulk.unassign}</option>
          {(members.data?.members ?? []).map((m) => (
            <option key={m.id} value={m.id} data-user-content>
              {m.name ?? m.email}
            </option>
          ))}
        </select>
        {labels.data?.labels.length ? (
          <>
            <select
              aria-label={t.ops.bulk.label}
              className={CONTROL}
              value=""
              onChange={(e) => e.target.value && run({ type: "label", labelId: e.target.value, on: true })}
            >
              <option value="">{t.ops.bulk.label}</option>
              {labels.data.labels.map((l) => (
                <option key={l.id} value={l.id} data-user-content>
                  {l.name}
                </option>
              ))}
            </select>
            <select
              aria-label={t.ops.bulk.unlabel}
              className={CONTROL}
              value=""
              onChange={(e) => e.target.value && run({ type: "label", labelId: e.target.value, on: false })}
            >
              <option value="">{t.ops.bulk.unlabel}</option>
              {labels.data.labels.map((l) => (
                <option key={l.id} value={l.id} data-user-content>
                  {l.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
      </div>
      <p className="text-xs text-slate-700" aria-live="polite" data-testid="bulk-status">
        {start.isError ? <span className="text-red-700">{t.ops.bulk.error}</span> : null}
        {job.data?.status === "RUNNING"
          ? fmt(t.ops.bulk.running, { done: job.data.processed, total: job.data.total })
          : null}
        {job.data?.status === "DONE"
          ? fmt(t.ops.bulk.done, { changed: job.data.changed, total: job.data.total })
          : null}
        {job.data?.status === "FAILED" ? (
          <span className="text-red-700">{failureText(t.ops.bulk, job.data.failureReason)}</span>
        ) : null}
        {!job.data && !start.isError && loadedCount > 1 && !selection.allMatching ? (
          <span className="text-slate-600">{t.ops.bulk.hint}</span>
        ) : null}
      </p>
    </div>
  );
}

/** The reason in the member's language; a reason this screen does not know yet reads as a plain failure. */
function failureText(
  texts: { failed: string; failedReason: Record<BulkFailureReason, string> },
  reason: string | null,
): string {
  const known = bulkFailureReasonSchema.safeParse(reason);
  return known.success ? texts.failedReason[known.data] : texts.failed;
}
