"use client";

import { useI18n } from "@/components/providers";

/** The thread pane while its code loads: what the thread itself shows while its messages load. */
export function ThreadLoading() {
  const { t } = useI18n();
  return <p className="m-auto p-4 text-sm text-slate-600">{t.inbox.loading}</p>;
}
