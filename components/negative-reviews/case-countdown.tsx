"use client";

import { countdownTone, formatCountdown } from "@/components/negative-reviews/format-countdown";
import { useI18n } from "@/components/providers";
import { formatDate } from "@/lib/i18n/intl-format";

export type CountdownCase = {
  status: "AWAITING_BUYER" | "IN_PROGRESS" | "RESOLVED" | "PUBLISHED";
  deadlineAt: string | null;
  hasHoldWindow: boolean;
};

const TONES = {
  red: "bg-red-600 text-white",
  amber: "bg-amber-100 text-amber-900",
  slate: "bg-slate-100 text-slate-700",
  green: "bg-green-100 text-green-800",
  violet: "bg-violet-100 text-violet-900",
};

/** The case's state as one badge: held, time left (live; red in the last 12 h), no hold window, handled, published. */
export function CaseCountdown({ kase, now, compact = false }: { kase: CountdownCase; now: number; compact?: boolean }) {
  const { t, locale, fmt } = useI18n();
  const n = t.negative;
  let text: string;
  let tone: keyof typeof TONES;
  let title: string | undefined;
  if (kase.status === "RESOLVED") [text, tone] = [n.resolved, "green"];
  else if (kase.status === "PUBLISHED") [text, tone] = [n.published, "slate"];
  else if (!kase.hasHoldWindow) [text, tone, title] = [compact ? n.noHold : n.noHoldLong, "violet", n.noHoldLong];
  else if (!kase.deadlineAt) [text, tone, title] = [compact ? n.heldShort : n.held, "violet", n.held];
  else {
    const left = new Date(kase.deadlineAt).getTime() - now;
    text = left <= 0 ? n.expired : fmt(n.left, { t: formatCountdown(left, n.units, locale) });
    tone = left <= 0 ? "slate" : countdownTone(left);
    title = formatDate(kase.deadlineAt, locale, "weekdayDateTime");
  }
  return (
    <span
      data-testid="review-countdown"
      data-tone={tone}
      title={title}
      className={`shrink-0 rounded px-1.5 py-px text-[11px] font-medium whitespace-nowrap ${TONES[tone]}`}
    >
      {text}
    </span>
  );
}
