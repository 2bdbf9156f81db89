"use client";

import { useI18n } from "@/components/providers";
import type { AccountStatus } from "@/lib/accounts/account-view";

const STYLES: Record<AccountStatus, string> = {
  active: "bg-green-50 text-green-800 ring-green-600/20",
  needs_reauth: "bg-amber-50 text-amber-800 ring-amber-600/30",
  error: "bg-red-50 text-red-700 ring-red-600/20",
  disconnected: "bg-slate-100 text-slate-600 ring-slate-500/20",
};

const DOTS: Record<AccountStatus, string> = {
  active: "bg-green-500",
  needs_reauth: "bg-amber-500",
  error: "bg-red-500",
  disconnected: "bg-slate-400",
};

export function StatusBadge({ status }: { status: AccountStatus }) {
  const { t } = useI18n();
  return (
    <span
      data-testid="account-status"
      data-status={status}
      className={`inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLES[status]}`}
    >
      <span aria-hidden className={`size-1.5 rounded-full ${DOTS[status]}`} />
      {t.accounts.status[status]}
    </span>
  );
}
