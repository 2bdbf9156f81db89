"use client";

import { apiErrorText } from "@/components/api/error-text";
import { api } from "@/components/api/client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { queryFamilies, type ChatCase } from "@/components/inbox/inbox-queries";
import { useI18n } from "@/components/providers";
import { formatDate } from "@/lib/i18n/intl-format";

const TONE = {
  HIGH: "text-green-800",
  MEDIUM: "text-amber-800",
  LOW: "text-red-700",
  MANUAL: "text-slate-700",
} as const;

/** How sure the review–chat link is, and the operator's way to change it (same account's chats only). */
export function LinkEditor({ data, chatId }: { data: ChatCase; chatId: string }) {
  const { t, locale, fmt } = useI18n();
  const n = t.negative.panel;
  const qc = useQueryClient();
  const kase = data.case!;
  const [editing, setEditing] = useState(false);
  const [choice, setChoice] = useState(kase.chatId ?? "");
  const save = useMutation({
    mutationFn: () =>
      api(`/api/negative-reviews/${kase.id}/link`, { method: "PATCH", body: { chatId: choice || null } }),
    onSuccess: () => {
      setEditing(false);
      void qc.invalidateQueries({ queryKey: queryFamilies.negativeCases });
      void qc.invalidateQueries({ queryKey: queryFamilies.chatLists });
    },
  });
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-2 text-xs" data-testid="case-link">
      {kase.chatId && kase.linkConfidence ? (
        <span className={TONE[kase.linkConfidence]}>
          {fmt(n.link, { confidence: n.confidence[kase.linkConfidence] })}
        </span>
      ) : (
        <span className="text-slate-600">{n.noLink}</span>
      )}
      {editing ? (
        <>
          <select
            aria-label={n.changeLink}
            className="max-w-64 rounded border border-slate-300 bg-white px-1 py-0.5"
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          >
            <option value="">{n.unlink}</option>
            {(data.candidates ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {`${c.customerName ?? "—"} · ${c.productTitle ?? c.productId ?? ""} · ${formatDate(c.createdAt, locale, "weekdayDateTime")}${c.id === chatId ? " ✓" : ""}`}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="rounded bg-brand-600 px-2 py-0.5 font-medium text-white disabled:opacity-60"
            disabled={save.isPending}
            onClick={() => save.mutate()}
          >
            {n.saveLink}
          </button>
          <button
            type="button"
            className="rounded px-2 py-0.5 text-slate-700 hover:bg-white"
            onClick={() => setEditing(false)}
          >
            {n.cancel}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="rounded px-1.5 py-0.5 text-brand-700 underline-offset-2 hover:underline"
          onClick={() => setEditing(true)}
        >
          {n.changeLink}
        </button>
      )}
      {save.error ? (
        <span role="alert" className="text-red-700">
          {fmt(n.error, { message: apiErrorText(save.error, { t, locale }) })}
        </span>
      ) : null}
    </div>
  );
}
