// Wall-clock arithmetic in an IANA time zone with nothing but Intl: the business's "09:00"
// becomes a UTC instant correctly across DST changes and odd offsets (+05:45, -03:30).

export type WallTime = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function getWallTime({ at, timeZone }: { at: Date; timeZone: string }): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Offset of the zone from UTC at that instant, in milliseconds (Moscow: +3h). */
function offsetMs(at: number, timeZone: string): number {
  const wall = getWallTime({ at: new Date(at), timeZone });
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant at which clocks in `timeZone` show `wall`. Out-of-range days roll over
 * (day 32 -> next month). A wall time skipped by a DST jump resolves to the first instant
 * after the jump; a repeated one to its first occurrence.
 */
export function wallTimeToInstant({ wall, timeZone }: { wall: WallTime; timeZone: string }): Date {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const first = guess - offsetMs(guess, timeZone);
  const second = guess - offsetMs(first, timeZone);
  if (first === second) return new Date(first);
  const normalized = new Date(guess);
  const shown = getWallTime({ at: new Date(second), timeZone });
  const matches =
    shown.year === normalized.getUTCFullYear() &&
    shown.month === normalized.getUTCMonth() + 1 &&
    shown.day === normalized.getUTCDate() &&
    shown.hour === normalized.getUTCHours() &&
    shown.minute === normalized.getUTCMinutes();
  return new Date(matches ? second : Math.max(first, second));
}
