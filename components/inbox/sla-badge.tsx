"use client";

import { formatDuration } from "@/components/inbox/format-time";
import { useI18n } from "@/components/providers";
import { formatDate } from "@/lib/i18n/intl-format";

const HOUR = 3_600_000;

/** Time left to reply, or how long overdue: red when overdue, amber inside the last hour. `label` names the deadline beside another one. */
export function SlaBadge({ dueAt, now, label }: { dueAt: string | null; now: number; label?: string }) {
  const { t, locale, fmt } = useI18n();
  if (!dueAt) return null;
  const left = new Date(dueAt).getTime() - now;
  const state = fmt(left < 0 ? t.inbox.sla.overdue : t.inbox.sla.left, {
    t: formatDuration(left, t.inbox.sla.units, locale),
  });
  const text = label ? `${label}: ${state}` : state;
  const tone =
    left < 0 ? "bg-red-100 text-red-800" : left < HOUR ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-700";
  return (
    <span
      data-testid="sla-badge"
      title={fmt(t.inbox.sla.title, { time: formatDate(dueAt, locale, "weekdayDateTime") })}
      className={`shrink-0 rounded px-1.5 py-px text-[11px] font-medium whitespace-nowrap ${tone}`}
    >
      {text}
    </span>
  );
}
