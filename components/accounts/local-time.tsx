"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import { formatDate } from "@/lib/i18n/intl-format";

/** A date in the viewer's own time zone: rendered after hydration, so the server's zone never shows. */
export function LocalTime({ iso, locale }: { iso: string; locale: string }) {
  const hydrated = useHydrated();
  return (
    <time dateTime={iso} data-testid="local-time">
      {hydrated ? formatDate(iso, locale, "mediumDateTime") : "\u00a0"}
    </time>
  );
}
