"use client";

import { api } from "@/components/api/client";
import { useI18n } from "@/components/providers";

// A form, so the switch works even before the page's script has loaded (the route then redirects back).
// Once hydrated it sets the cookie and reloads the page: every server-rendered string changes, and a
// soft refresh could lose the race with a navigation already in flight (the inbox updates its URL).
export function LocaleSwitch({
  className = "rounded px-2 py-1 text-slate-700 hover:bg-slate-100",
}: {
  className?: string;
}) {
  const { locale, t } = useI18n();
  const next = locale === "ru" ? "en" : "ru";
  return (
    <form
      method="post"
      action="/api/locale"
      onSubmit={async (event) => {
        event.preventDefault();
        await api("/api/locale", { method: "POST", body: { locale: next } }).catch(() => null);
        window.location.reload();
      }}
    >
      <input type="hidden" name="locale" value={next} />
      <button type="submit" className={className} lang={next}>
        {t.nav.language}
      </button>
    </form>
  );
}
