// The thread's day dividers, in the operator's own time zone (the browser's). Kept apart from
// format-time.ts: luxon loads with the thread, not with the chat list.
import { intlLocale } from "@/lib/i18n/intl-locale";
import { calendarDaysBetween } from "@/lib/time/zoned-time";

/** The day divider of a thread: "Сегодня", "Вчера" or "среда, 12 ноября" (with the year when not this one). */
export function formatDay(iso: string, locale: string, now = new Date()): string {
  const d = new Date(iso);
  const days = calendarDaysBetween({ from: d, to: now, zone: "local" });
  if (days === 0 || days === 1)
    return new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto" })
      .format(-days, "day")
      .replace(/^./, (c) => c.toUpperCase());
  return d.toLocaleDateString(intlLocale(locale), {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(d.getFullYear() === now.getFullYear() ? {} : { year: "numeric" }),
  });
}
