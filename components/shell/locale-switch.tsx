"use client";

import { useRouter } from "next/navigation";
import { useI18n } from "@/components/providers";

export function LocaleSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  return (
    <button
      type="button"
      className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
      onClick={async () => {
        await fetch("/api/locale", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ locale: locale === "ru" ? "en" : "ru" }) });
        router.refresh();
      }}
    >
      {t.nav.language}
    </button>
  );
}
