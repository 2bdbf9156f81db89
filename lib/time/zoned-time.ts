import { DateTime, Duration, IANAZone } from "luxon";

// Every date computation of the product, on luxon. Two kinds, never mixed:
// - calendar time in a zone (the shop's, or the browser's for "local"): "N days later", "tomorrow at
//   09:00", "the day 2026-03-29" — a day is 23 or 25 hours across a DST change;
// - elapsed time: a window a spec or a retention rule defines as N × 24 hours, the same in any zone.

/** "local": the zone of the machine running the code (the operator's browser). */
export type Zone = string;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The wall clock in `zone` at an instant. */
export function wallTime({ at, zone }: { at: Date; zone: Zone }): DateTime {
  return DateTime.fromJSDate(at, { zone });
}

/** The same wall-clock time `days` calendar days later in `zone` (negative: earlier). */
export function addLocalDays({ at, days, zone }: { at: Date; days: number; zone: Zone }): Date {
  return wallTime({ at, zone }).plus({ days }).toJSDate();
}

/**
 * `days` calendar days after `at`, at the clock time `time` ("09:00") in `zone`. A time a DST jump
 * skips moves forward by the jump (02:30 on the spring-forward night is 03:30); a repeated one is its
 * first occurrence.
 */
export function localTimeAfterDays({
  at,
  days,
  time,
  zone,
}: {
  at: Date;
  days: number;
  time: string;
  zone: Zone;
}): Date {
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  return wallTime({ at, zone }).plus({ days }).set({ hour, minute, second: 0, millisecond: 0 }).toJSDate();
}

/** The calendar day (YYYY-MM-DD) of an instant in a zone. */
export function dayIn({ at, zone }: { at: Date; zone: Zone }): string {
  return wallTime({ at, zone }).toISODate()!;
}

/** The instant a calendar day (YYYY-MM-DD), moved by `plusDays`, starts in a zone. */
export function dayStart({ day, zone, plusDays = 0 }: { day: string; zone: Zone; plusDays?: number }): Date {
  return DateTime.fromISO(day, { zone }).plus({ days: plusDays }).startOf("day").toJSDate();
}

/** Whole calendar days from the day of `from` to the day of `to` in `zone` (today 0, yesterday -1). */
export function calendarDaysBetween({ from, to, zone }: { from: Date; to: Date; zone: Zone }): number {
  return Math.round(
    wallTime({ at: to, zone })
      .startOf("day")
      .diff(wallTime({ at: from, zone }).startOf("day"), "days").days,
  );
}

/** Elapsed time: exactly `days` × 24 h after `at` (negative: before), whatever the zone's clocks do. */
export function elapsedDaysAfter({ at, days }: { at: Date; days: number }): Date {
  return new Date(at.getTime() + Duration.fromObject({ days }).as("milliseconds"));
}
