"use client";

import { useState } from "react";
import { apiErrorText } from "@/components/api/error-text";
import { ScheduledEditForm } from "@/components/follow-ups/scheduled-edit-form";
import { useI18n } from "@/components/providers";
import { Button } from "@/components/ui/button";
import type { ScheduleUpdate } from "@/lib/follow-ups/schedule-input";
import { formatDate } from "@/lib/i18n/intl-format";

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

/** One scheduled message: status, time, text (as text, never HTML), edit and cancel while it waits. */
export function ScheduledItem({
  item,
  onSave,
  onCancel,
  busy,
  error,
}: {
  item: Item;
  onSave: (update: ScheduleUpdate) => Promise<unknown>;
  onCancel: () => void;
  busy: boolean;
  error: unknown;
}) {
  const { t, locale } = useI18n();
  const tl = t.followUps.list;
  const [editing, setEditing] = useState(false);
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
          {tl.sendAt}: {formatDate(item.sendAt, locale, "weekdayDateTime")}
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
        <ScheduledEditForm
          id={item.id}
          text={item.text}
          sendAt={item.sendAt}
          busy={busy}
          onSave={onSave}
          onClose={() => setEditing(false)}
        />
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
