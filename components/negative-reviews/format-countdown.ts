// The negative-review timer: "2 д 14 ч", "5 ч 20 мин", "45 мин" (whole units, rounded down, so it never promises more time than is left).

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
export const LAST_HOURS_MS = 12 * HOUR;

export function formatCountdown(ms: number, units: { m: string; h: string; d: string }): string {
  const left = Math.max(0, ms);
  if (left >= DAY) return `${Math.floor(left / DAY)} ${units.d} ${Math.floor((left % DAY) / HOUR)} ${units.h}`;
  if (left >= HOUR) return `${Math.floor(left / HOUR)} ${units.h} ${Math.floor((left % HOUR) / MIN)} ${units.m}`;
  return `${Math.max(1, Math.floor(left / MIN))} ${units.m}`;
}

/** Red in the last 12 hours, amber before that. */
export function countdownTone(ms: number): "red" | "amber" {
  return ms < LAST_HOURS_MS ? "red" : "amber";
}
