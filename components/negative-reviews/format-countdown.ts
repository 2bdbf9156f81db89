// The negative-review timer: "2 дня 14 ч", "5 ч 20 мин", "45 мин" (whole units, rounded down, so it never promises more time than is left).
import { formatMessage } from "@/lib/i18n/format";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
export const LAST_HOURS_MS = 12 * HOUR;

/** `units`: messages for days and hours ({d}, {h}), hours and minutes ({h}, {m}) and minutes ({m}). */
export function formatCountdown(ms: number, units: { m: string; hm: string; dh: string }, locale: string): string {
  const left = Math.max(0, ms);
  if (left >= DAY)
    return formatMessage(locale, units.dh, { d: Math.floor(left / DAY), h: Math.floor((left % DAY) / HOUR) });
  if (left >= HOUR)
    return formatMessage(locale, units.hm, { h: Math.floor(left / HOUR), m: Math.floor((left % HOUR) / MIN) });
  return formatMessage(locale, units.m, { m: Math.max(1, Math.floor(left / MIN)) });
}

/** Red in the last 12 hours, amber before that. */
export function countdownTone(ms: number): "red" | "amber" {
  return ms < LAST_HOURS_MS ? "red" : "amber";
}
