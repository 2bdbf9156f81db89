// The one way dates, times and numbers are written on screen: in the member's language (intlLocale) and,
// for a moment, the viewer's own time zone (the browser's: the screens that show them render on the
// client). Each way a screen writes a date is a named style here, so a screen picks a style rather than
// options of its own. A calendar day ("2026-11-12", a report's day, a day off) is written as that day
// whatever the viewer's zone.
import { intlLocale } from "@/lib/i18n/intl-locale";

const DATE_STYLES = {
  /** "12.11.2026", "12/11/2026" */
  date: { day: "numeric", month: "numeric", year: "numeric" },
  /** "12.11" */
  dayMonth: { day: "2-digit", month: "2-digit" },
  /** "12 нояб." */
  dayMonthShort: { day: "numeric", month: "short" },
  /** "12 ноября 2026 г." */
  longDate: { day: "numeric", month: "long", year: "numeric" },
  /** "среда, 12 ноября" */
  weekdayDate: { weekday: "long", day: "numeric", month: "long" },
  /** "среда, 12 ноября 2025 г." */
  weekdayDateYear: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  /** "14:05" */
  clock: { hour: "2-digit", minute: "2-digit" },
  /** "пн, 12 ноября 14:05" */
  weekdayDateTime: { weekday: "short", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" },
  /** "12.11.2026, 14:05" */
  shortDateTime: { dateStyle: "short", timeStyle: "short" },
  /** "12 нояб. 2026 г., 14:05" */
  mediumDateTime: { dateStyle: "medium", timeStyle: "short" },
  /** "12.11.2026, 14:05:09": a log's moment, to the second */
  moment: { day: "numeric", month: "numeric", year: "numeric", hour: "numeric", minute: "numeric", second: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

// Formatters are costly to build and a list writes hundreds of dates: one per language, style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormatter(locale: string, style: DateStyle, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${intlLocale(locale)} ${style} ${timeZone ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale(locale), { ...DATE_STYLES[style], timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A moment (an ISO string, a Date, epoch ms) in the viewer's time zone, as `style` writes it. */
export function formatDate(value: string | number | Date, locale: string, style: DateStyle): string {
  return dateFormatter(locale, style, undefined).format(new Date(value));
}

/** A calendar day ("2026-11-12") as `style` writes it: that day, whatever the viewer's zone. */
export function formatCalendarDay(day: string, locale: string, style: DateStyle): string {
  return dateFormatter(locale, style, "UTC").format(new Date(`${day}T00:00:00Z`));
}

/** "Сегодня", "Вчера", "Завтра" for -1, 0, 1 days; "3 дня назад" further off. Capitalised: it heads a group. */
export function formatRelativeDay(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(intlLocale(locale), { numeric: "auto" })
    .format(days, "day")
    .replace(/^./, (c) => c.toUpperCase());
}

/** A count with the language's digit grouping: "12 345", "12,345". */
export function formatNumber(n: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}
