"use client";

import { useState } from "react";
import { formatDateTime } from "@/components/inbox/format-time";
import { apiErrorText } from "@/components/api/error-text";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";

type Item = {
  id: string;
  text: string;
  sendAt: string;
  status: "SCHEDULED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED";
  source: "MANUAL" | "RULE";
  ruleKind: "RESOLVED" | "CROSS_SELL" | "REFILL" | null;
  amazonMessageType: string | null;
  cancelReason: string | null;
  error: string | null;
  /** The error is stored words, not ours: a marketplace's own reason or an old row. */
  errorVerbatim: boolean;
  createdBy: { id: string; name: string | null } | null;
  sentMessage: { status: "PENDING" | "SENT" | "FAILED" | null } | null;
};

const BADGE: Record<Item["status"], string> = {
  SCHEDULED: "bg-brand-50 text-brand-700",
  SENDING: "bg-amber-100 text-amber-800",
  SENT: "bg-green-100 text-green-800",
  FAILED: "bg-red-100 text-red-800",
  CANCELLED: "bg-slate-100 text-slate-700",
};

export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** One scheduled message: status, time, text (as text, never HTML), edit and cancel while it waits. */
export function ScheduledItem({
  item,
  onSave,
  onCancel,
  busy,
  error,
}: {
  item: Item;
  onSave: (update: { text: string; sendAt: string }) => void;
  onCancel: () => void;
  busy: boolean;
  error: unknown;
}) {
  const { t, locale } = useI18n();
  const tl = t.followUps.list;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [at, setAt] = useState(toLocalInput(item.sendAt));
  // A failed send retried from the thread: the reply's own status wins.
  const status = item.status === "FAILED" && item.sentMessage?.status === "SENT" ? "SENT" : item.status;
  return (
    <li
      className="rounded-md border border-slate-200 bg-white p-2 text-sm"
      data-testid="scheduled-item"
      data-status={status}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <span className={`rounded px-1.5 py-px font-medium ${BADGE[status]}`}>{tl.status[status]}</span>
        <span>
          {tl.sendAt}: {formatDateTime(item.sendAt, locale)}
        </span>
        {item.source === "RULE" && item.ruleKind ? (
          <span className="rounded bg-violet-50 px-1.5 py-px text-violet-800">{`${tl.rule}: ${tl.ruleKind[item.ruleKind]}`}</span>
        ) : null}
        {item.amazonMessageType ? <span className="font-mono">{item.amazonMessageType}</span> : null}
        {item.createdBy?.name ? (
          <span>
            {`${tl.by}: `}
            <span data-user-content>{item.createdBy.name}</span>
          </span>
        ) : null}
      </div>
      {editing ? (
        <form
          className="mt-2 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            onSave({ text, sendAt: new Date(at).toISOString() });
            setEditing(false);
          }}
        >
          <textarea
            aria-label={t.followUps.schedule.text}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            className="block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
          <input
            aria-label={t.followUps.schedule.modeAt}
            type="datetime-local"
            value={at}
            onChange={(e) => setAt(e.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1 text-sm"
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={busy || !text.trim()}>
              {tl.save}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setEditing(false)}>
              {t.followUps.schedule.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <p className="mt-1 whitespace-pre-wrap break-words text-slate-800" data-user-content>
          {item.text}
        </p>
      )}
      {item.cancelReason ? (
        <p className="mt-1 text-xs text-slate-600">{tl.cancelReason[item.cancelReason] ?? item.cancelReason}</p>
      ) : null}
      {item.error ? (
        <p role="status" className="mt-1 text-xs text-red-700">
          {item.errorVerbatim ? (
            <>
              {t.scheduledFailures.verbatim}: <span data-user-content>{item.error}</span>
            </>
          ) : (
            item.error
          )}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {apiErrorText(error, { t, locale })}
        </p>
      ) : null}
      {item.status === "SCHEDULED" && !editing ? (
        <div className="mt-1 flex gap-1">
          <Button type="button" variant="ghost" className="px-2 py-1 text-xs" onClick={() => setEditing(true)}>
            {tl.edit}
          </Button>
          <Button
            type="button"
            variant="dangerGhost"
            className="px-2 py-1 text-xs"
            disabled={busy}
            onClick={() => window.confirm(tl.cancelConfirm) && onCancel()}
          >
            {tl.cancel}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
