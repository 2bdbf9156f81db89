// The inbox's choices of how to write a time, in the operator's own time zone (the browser's): the inbox
// renders on the client only. The writing itself is lib/i18n/intl-format.ts's. Calendar-day maths (luxon)
// lives in format-day.ts, which only the thread imports, to keep luxon out of the chat list's first-load JS.
import { formatMessage } from "@/lib/i18n/format";
import { formatDate } from "@/lib/i18n/intl-format";

/** Short list time: "14:05" today, "12 нояб." this year, else a full date. */
export function formatListTime(iso: string, locale: string, now = new Date()): string {
  const d = new Date(iso);
  if (d.toDateString() === now.toDateString()) return formatDate(d, locale, "clock");
  return formatDate(d, locale, d.getFullYear() === now.getFullYear() ? "dayMonthShort" : "date");
}

/** Local calendar day key, for grouping. */
export function dayKey(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/** A compact duration: "45 мин", "3 ч", "2 дня" (`units`: a message each, with the count as {n}). */
export function formatDuration(ms: number, units: { m: string; h: string; d: string }, locale: string): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return formatMessage(locale, units.m, { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return formatMessage(locale, units.h, { n: hours });
  return formatMessage(locale, units.d, { n: Math.round(hours / 24) });
}
