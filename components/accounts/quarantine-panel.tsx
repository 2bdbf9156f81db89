"use client";

import { api } from "@/components/api/client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useState } from "react";
import { LocalTime } from "@/components/accounts/local-time";
import { quarantineKind, quarantineReason } from "@/components/accounts/quarantine-reason";
import { useI18n } from "@/components/providers";
import type { QuarantineList } from "@/lib/accounts/list-quarantined-records";

/** Owners only: records this account's marketplace sent that could not be read, with the reasons. */
export function QuarantinePanel({ accountId }: { accountId: string }) {
  const { t, locale, fmt } = useI18n();
  const q = t.quarantine;
  const [open, setOpen] = useState(false);
  const list = useQuery({
    queryKey: queryKeys.accountQuarantine(accountId),
    queryFn: () => api<QuarantineList>(`/api/accounts/${accountId}/quarantine`),
  });
  if (list.isError) return <p className="text-sm text-slate-500">{q.loadError}</p>;
  if (!list.data || list.data.total === 0) return null;
  const { total, records } = list.data;
  return (
    <div
      className="space-y-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm"
      data-testid="account-quarantine"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-amber-900" data-testid="account-quarantine-summary">
          {fmt(q.summary, { n: total })}
        </span>
        <button
          type="button"
          className="text-amber-800 underline"
          aria-expanded={open}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? q.hide : q.show}
        </button>
      </div>
      {open ? (
        <>
          <p className="text-amber-900">{q.explain}</p>
          <ul className="space-y-2">
            {records.map((r) => (
              <li key={r.id} className="space-y-1 rounded border border-amber-100 bg-white px-2 py-1.5">
                <div className="flex flex-wrap gap-x-2 text-slate-700">
                  <span className="font-medium">{quarantineKind({ q, kind: r.kind })}</span>
                  <span>{quarantineReason({ q, reason: r.reason, locale }).join("; ")}</span>
                </div>
                <div className="text-xs text-slate-500">
                  {r.seenCount > 1 ? `${fmt(q.seen, { n: r.seenCount })} · ` : null}
                  {q.lastSeen} <LocalTime iso={r.lastSeenAt} locale={locale} />
                </div>
                <details className="text-xs">
                  <summary className="cursor-pointer text-slate-500">{q.raw}</summary>
                  <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono text-slate-700">
                    {r.raw}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
          {total > records.length ? (
            <p className="text-xs text-slate-500">{fmt(q.shownOf, { shown: records.length, total })}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
