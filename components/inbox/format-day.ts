// The thread's day dividers, in the operator's own time zone (the browser's). Kept apart from
// format-time.ts: luxon loads with the thread, not with the chat list.
import { formatDate, formatRelativeDay } from "@/lib/i18n/intl-format";
import { calendarDaysBetween } from "@/lib/time/zoned-time";

/** The day divider of a thread: "Сегодня", "Вчера" or "среда, 12 ноября" (with the year when not this one). */
export function formatDay(iso: string, locale: string, now = new Date()): string {
  const d = new Date(iso);
  const days = calendarDaysBetween({ from: d, to: now, zone: "local" });
  if (days === 0 || days === 1) return formatRelativeDay(-days, locale);
  return formatDate(d, locale, d.getFullYear() === now.getFullYear() ? "weekdayDate" : "weekdayDateYear");
}
