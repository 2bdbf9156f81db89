"use client";

import { api } from "@/components/api/client";
import { useQuery } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import Link from "next/link";
import { useState } from "react";
import { MarketplaceBadge } from "@/components/inbox/marketplace-badge";
import { ScheduledItem } from "@/components/follow-ups/scheduled-item";
import type { ScheduledList } from "@/components/follow-ups/types";
import { useScheduledActions } from "@/components/follow-ups/use-scheduled-actions";
import { useI18n } from "@/components/providers";

const STATUSES = ["SCHEDULED", "SENT", "FAILED", "CANCELLED", "all"] as const;

/** Every scheduled message of the workspace, by status, with the chat it goes to. */
export function ScheduledPage() {
  const { t } = useI18n();
  const tl = t.followUps.list;
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("SCHEDULED");
  const list = useQuery({
    queryKey: queryKeys.scheduledAll(status),
    queryFn: () => api<ScheduledList>(`/api/scheduled?status=${status}`),
    refetchInterval: 15_000,
  });
  const { save, cancel, errorFor } = useScheduledActions();
  return (
    <div className="space-y-4">
      <div role="tablist" aria-label={tl.filter} className="flex flex-wrap gap-1">
        {STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={status === s}
            onClick={() => setStatus(s)}
            className={`rounded-md px-3 py-1.5 text-sm ${status === s ? "bg-brand-600 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
          >
            {s === "all" ? tl.all : tl.status[s]}
          </button>
        ))}
      </div>
      {list.isPending ? <p className="text-sm text-slate-600">{t.inbox.loading}</p> : null}
      {list.data && !list.data.messages.length ? <p className="text-sm text-slate-600">{tl.empty}</p> : null}
      <ul className="space-y-2" data-testid="scheduled-list">
        {list.data?.messages.map((item) => (
          <li key={item.id} className="rounded-lg border border-slate-200 bg-slate-50 p-2">
            <div className="mb-1 flex items-center gap-2 text-sm">
              <MarketplaceBadge marketplace={item.chat.marketplace} />
              <span className="font-medium" data-user-content>
                {item.chat.customerName ?? "—"}
              </span>
              {item.chat.productTitle ? (
                <span className="truncate text-slate-600" data-user-content>
                  {item.chat.productTitle}
                </span>
              ) : null}
              <Link href={`/inbox?chat=${item.chat.id}`} className="ml-auto shrink-0 text-brand-700 hover:underline">
                {tl.openChat} →
              </Link>
            </div>
            <ul>
              <ScheduledItem
                item={item}
                busy={save.isPending || cancel.isPending}
                error={errorFor(item.id)}
                onSave={(u) => save.mutateAsync({ id: item.id, ...u })}
                onCancel={() => cancel.mutate(item.id)}
              />
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
