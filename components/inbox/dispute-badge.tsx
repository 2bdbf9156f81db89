"use client";

import { useI18n } from "@/components/providers";

/** A dispute on the chat (Yandex Market arbitrage): red while open, grey once closed. */
export function DisputeBadge({ dispute, compact = false }: { dispute: "open" | "finished" | null; compact?: boolean }) {
  const { t } = useI18n();
  if (!dispute) return null;
  const open = dispute === "open";
  return (
    <span
      data-testid="dispute-badge"
      title={t.inbox.dispute.title}
      className={`shrink-0 rounded font-medium ${compact ? "px-1 text-[10px]" : "px-1.5 py-px"} ${open ? "bg-red-100 text-red-800" : "bg-slate-200 text-slate-700"}`}
    >
      {open ? t.inbox.dispute.open : t.inbox.dispute.finished}
    </span>
  );
}
