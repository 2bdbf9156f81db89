import { DateTime, IANAZone } from "luxon";
import { z } from "zod";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const span = z
  .object({ start: time, end: time })
  .refine((s) => minutesOf(s.start) < minutesOf(s.end), "start before end");
const storedWorkDaySchema = span.and(z.object({ breaks: z.array(span).max(3).default([]) }));
// A break lies within its day's hours (the form marks one that does not on its day, as the route refuses it).
const workDaySchema = storedWorkDaySchema.refine(
  (day) =>
    day.breaks.every((b) => minutesOf(b.start) >= minutesOf(day.start) && minutesOf(b.end) <= minutesOf(day.end)),
  "breaks within the day",
);

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((tz) => IANAZone.isValidZone(tz), "unknown time zone");
// Monday first; null is a day off.
export const weeklySchema = z.array(workDaySchema.nullable()).length(7);
// What a save before that rule may have stored: read as it was saved, so such a schedule keeps counting.
export const storedWeeklySchema = z.array(storedWorkDaySchema.nullable()).length(7);
// A calendar day a report or a filter can name: the database's dates have no year 0, and nothing predates 1970 here.
export const calendarDaySchema = z.iso.date().refine((day) => day >= "1970-01-01", "a day from 1970-01-01 on");
export const daysOffSchema = z.array(calendarDaySchema).max(366);

// The business hours settings as the owner's form sends them: the route parses them with this, the form validates with it.
export const businessHoursInputSchema = z.object({
  timeZone: timeZoneSchema,
  // null: no business hours (every hour counts).
  weekly: weeklySchema.nullable(),
  daysOff: daysOffSchema.transform((days) => [...new Set(days)].sort()),
  slaBusinessHours: z.boolean(),
});
export type BusinessHoursInput = z.infer<typeof businessHoursInputSchema>;

export type Weekly = z.infer<typeof weeklySchema>;
export type BusinessHours = { timeZone: string; weekly: Weekly | null; daysOff: string[] };

// A wait longer than this many days is counted over its first ones only (a bound on the loop below).
const MAX_DAYS = 400;

/** The working intervals of a day as [start, end] minutes since midnight: the day's hours less its breaks. */
function workIntervals(day: NonNullable<Weekly[number]>): [number, number][] {
  let parts: [number, number][] = [[minutesOf(day.start), minutesOf(day.end)]];
  for (const b of day.breaks) {
    const [bs, be] = [minutesOf(b.start), minutesOf(b.end)];
    parts = parts
      .flatMap(([s, e]): [number, number][] => [
        ...(bs > s ? [[s, Math.min(e, bs)] as [number, number]] : []),
        ...(be < e ? [[Math.max(s, be), e] as [number, number]] : []),
      ])
      .filter(([s, e]) => s < e);
  }
  return parts;
}

/**
 * Seconds of [from, to) that fall within the business hours, in the workspace's time zone (daylight
 * saving included). Without a weekly schedule every second counts.
 */
export function businessSeconds(hours: BusinessHours, from: Date, to: Date): number {
  if (to <= from) return 0;
  if (!hours.weekly) return Math.floor((to.getTime() - from.getTime()) / 1000);
  const daysOff = new Set(hours.daysOff);
  const [a, b] = [from.getTime(), to.getTime()];
  let ms = 0;
  let day = DateTime.fromJSDate(from, { zone: hours.timeZone }).startOf("day");
  for (let i = 0; i < MAX_DAYS && day.toMillis() < b; i++, day = day.plus({ days: 1 })) {
    const schedule = hours.weekly[day.weekday - 1];
    if (!schedule || daysOff.has(day.toISODate()!)) continue;
    for (const [s, e] of workIntervals(schedule)) {
      const start = day.set({ hour: Math.floor(s / 60), minute: s % 60 }).toMillis();
      const end =
        e === 1440
          ? day.plus({ days: 1 }).toMillis()
          : day.set({ hour: Math.floor(e / 60), minute: e % 60 }).toMillis();
      ms += Math.max(0, Math.min(end, b) - Math.max(start, a));
    }
  }
  return Math.floor(ms / 1000);
}
