"use client";

import { api } from "@/components/api/client";
import { queryFamilies, queryKeys } from "@/components/inbox/inbox-queries";
import { useQuery } from "@tanstack/react-query";
import { useOptimisticMutation } from "@/components/api/use-optimistic-mutation";
import { useEffect, useRef, useState } from "react";
import { useShortcuts } from "@/components/inbox/use-shortcuts";
import { LabelChip, LabelDot } from "@/components/labels/label-chip";
import { useLabels } from "@/components/labels/use-labels";
import { useI18n } from "@/components/providers";

type ChatLabels = { labels: { id: string; name: string; color: string }[] };

/** The chat's labels as chips and a picker to put labels on and take them off (keyboard: l). */
export function ChatLabelsPicker({ chatId }: { chatId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const all = useLabels();
  const current = useQuery({
    queryKey: queryKeys.chatLabels(chatId),
    queryFn: ({ signal }) => api<ChatLabels>(`/api/chats/${chatId}/labels`, { signal }),
  });
  // Ticked at once; the server's answer to the latest change (or the previous labels, if it refused) replaces it.
  const change = useOptimisticMutation({
    queryKey: queryKeys.chatLabels(chatId),
    mutationFn: (body: { labelId: string; on: boolean }) =>
      api<ChatLabels>(`/api/chats/${chatId}/labels`, { method: "PATCH", body }),
    apply: (current: ChatLabels, { labelId, on }) => {
      const label = all.data?.labels.find((l) => l.id === labelId);
      const rest = current.labels.filter((l) => l.id !== labelId);
      return { labels: on && label ? [...rest, { id: label.id, name: label.name, color: label.color }] : rest };
    },
    fromResponse: (data) => data,
    invalidates: [queryFamilies.chatLists, queryKeys.labels()],
  });
  useShortcuts({
    l: (e) => {
      e.preventDefault();
      setOpen(true);
    },
  });
  useEffect(() => {
    // The first box, or the close button when there are no labels: Escape closes the picker either way.
    if (open) panel.current?.querySelector<HTMLElement>("input, button")?.focus();
  }, [open, all.data]);
  const on = new Set(current.data?.labels.map((l) => l.id));
  return (
    // The panel opens under the whole actions row (its positioned parent), so it stays on screen wherever this wraps.
    <div className="flex flex-wrap items-center gap-1">
      {current.data?.labels.map((l) => (
        <LabelChip key={l.id} name={l.name} color={l.color} />
      ))}
      <button
        type="button"
        className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100"
        aria-expanded={open}
        aria-controls={`labels-${chatId}`}
        title="l"
        onClick={() => setOpen((o) => !o)}
        data-testid="chat-labels-button"
      >
        ◆ {t.ops.labels.button}
      </button>
      {open ? (
        <div
          ref={panel}
          id={`labels-${chatId}`}
          role="group"
          aria-label={t.ops.labels.picker}
          className="absolute top-full left-0 z-30 mt-1 w-64 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(false);
          }}
        >
          {all.data && !all.data.labels.length ? (
            <p className="p-2 text-sm text-slate-600">{t.ops.labels.emptyPicker}</p>
          ) : null}
          <ul>
            {all.data?.labels.map((l) => (
              <li key={l.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-100">
                  <input
                    type="checkbox"
                    className="size-4 accent-brand-600"
                    checked={on.has(l.id)}
                    onChange={(e) => change.mutate({ labelId: l.id, on: e.target.checked })}
                  />
                  <LabelDot color={l.color} />
                  <span className="truncate" data-user-content>
                    {l.name}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="mt-1 w-full rounded px-2 py-1 text-left text-xs text-slate-600 hover:bg-slate-100"
            onClick={() => setOpen(false)}
          >
            {t.ops.buyer.close}
          </button>
        </div>
      ) : null}
    </div>
  );
}
