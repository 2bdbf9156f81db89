import { z } from "zod";

import { localTimeAfterDays, wallTime } from "@/lib/time/zoned-time";

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 00:00-23:59");

// start == end turns quiet hours off; start > end spans midnight (21:00-09:00).
export const quietHoursSchema = z.object({ start: clockTimeSchema, end: clockTimeSchema });
export type QuietHours = z.infer<typeof quietHoursSchema>;

function toMinutes(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(":").map(Number);
  return hours * 60 + minutes;
}

export function isInQuietHours({
  at,
  quietHours,
  timeZone,
}: {
  at: Date;
  quietHours: QuietHours;
  timeZone: string;
}): boolean {
  const start = toMinutes(quietHours.start);
  const end = toMinutes(quietHours.end);
  if (start === end) return false;
  const wall = wallTime({ at, zone: timeZone });
  const now = wall.hour * 60 + wall.minute;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The first instant at or after `at` outside quiet hours, in the business's zone. */
export function endOfQuietHours({
  at,
  quietHours,
  timeZone,
}: {
  at: Date;
  quietHours: QuietHours;
  timeZone: string;
}): Date {
  if (!isInQuietHours({ at, quietHours, timeZone })) return at;
  const start = toMinutes(quietHours.start);
  const end = toMinutes(quietHours.end);
  const wall = wallTime({ at, zone: timeZone });
  const now = wall.hour * 60 + wall.minute;
  // Evening side of an overnight window: the quiet period ends tomorrow morning.
  return localTimeAfterDays({ at, days: start > end && now >= start ? 1 : 0, time: quietHours.end, zone: timeZone });
}
