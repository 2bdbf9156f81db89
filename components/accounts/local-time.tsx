"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import { intlLocale } from "@/lib/i18n/intl-locale";

/** A date in the viewer's own time zone: rendered after hydration, so the server's zone never shows. */
export function LocalTime({ iso, locale }: { iso: string; locale: string }) {
  const hydrated = useHydrated();
  return (
    <time dateTime={iso} data-testid="local-time">
      {hydrated
        ? new Date(iso).toLocaleString(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" })
        : "\u00a0"}
    </time>
  );
}
