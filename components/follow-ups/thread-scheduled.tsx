"use client";

import { api } from "@/components/api/client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/components/inbox/inbox-queries";
import { useState } from "react";
import { ClockIcon } from "@/components/ui/icons";
import { ScheduleForm } from "@/components/inbox/inbox-parts";
import { ScheduledItem } from "@/components/follow-ups/scheduled-item";
import type { ChatScheduledList } from "@/components/follow-ups/types";
import { useScheduledActions } from "@/components/follow-ups/use-scheduled-actions";
import { useI18n } from "@/components/providers";
import { useSafetyNetInterval } from "@/components/inbox/live-stream";

/** Above the composer: "Запланировать" and the chat's scheduled messages (waiting ones, then the latest done). */
export function ThreadScheduled({ chatId, isChat }: { chatId: string; isChat: boolean }) {
  const { t } = useI18n();
  const tl = t.followUps.list;
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [showDone, setShowDone] = useState(false);
  const safetyNet = useSafetyNetInterval();
  const list = useQuery({
    queryKey: queryKeys.chatScheduled(chatId),
    queryFn: () => api<ChatScheduledList>(`/api/chats/${chatId}/scheduled`),
    refetchInterval: safetyNet,
  });
  const { save, cancel, errorFor, refresh } = useScheduledActions();
  const optOut = useMutation({
    mutationFn: (value: boolean) =>
      api(`/api/chats/${chatId}/follow-up-opt-out`, { method: "PUT", body: { optOut: value } }),
    onSettled: refresh,
  });
  if (!isChat) return null;
  const messages = list.data?.messages ?? [];
  const waiting = messages.filter((m) => m.status === "SCHEDULED" || m.status === "SENDING");
  const shown = showDone ? messages : waiting;
  const busy = save.isPending || cancel.isPending;
  return (
    <section aria-label={tl.inThread} className="border-b border-slate-100" data-testid="thread-scheduled">
      <div className="flex flex-wrap items-center gap-2 px-3 py-1.5 text-sm">
        <button
          type="button"
          className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          <ClockIcon />
          {t.followUps.schedule.open}
        </button>
        {waiting.length ? (
          <span className="rounded bg-brand-50 px-1.5 py-px text-xs font-medium text-brand-700">{`${tl.inThread}: ${waiting.length}`}</span>
        ) : null}
        {messages.length > waiting.length ? (
          <button
            type="button"
            className="text-xs text-slate-600 underline-offset-2 hover:underline"
            onClick={() => setShowDone((s) => !s)}
          >
            {showDone ? tl.status.SCHEDULED : tl.all} ({messages.length})
          </button>
        ) : null}
        <span className="ml-auto" />
        {list.data?.optedOut ? <span className="text-xs text-amber-800">{tl.optOut}</span> : null}
        <button
          type="button"
          className="text-xs text-slate-600 hover:underline"
          disabled={optOut.isPending}
          onClick={() => optOut.mutate(!list.data?.optedOut)}
        >
          {list.data?.optedOut ? tl.optOutUndo : tl.optOutSet}
        </button>
      </div>
      {open ? (
        <ScheduleForm
          chatId={chatId}
          onDone={() => {
            setOpen(false);
            void qc.invalidateQueries({ queryKey: queryKeys.chatScheduled(chatId) });
          }}
        />
      ) : null}
      {shown.length ? (
        <ul className="max-h-48 space-y-1.5 overflow-y-auto px-3 pb-2" aria-label={tl.title}>
          {shown.map((item) => (
            <ScheduledItem
              key={item.id}
              item={item}
              busy={busy}
              error={errorFor(item.id)}
              onSave={(u) => save.mutateAsync({ id: item.id, ...u })}
              onCancel={() => cancel.mutate(item.id)}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
