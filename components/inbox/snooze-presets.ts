import { localTimeAfterDays, wallTime, type Zone } from "@/lib/time/zoned-time";

export type SnoozePresetKey = "h1" | "h3" | "tomorrow" | "week";

/** Snooze presets in the operator's own time zone (the browser's): in 1 h, in 3 h, tomorrow 9:00, next Monday 9:00. */
export function snoozePresets(now: Date, zone: Zone = "local"): Record<SnoozePresetKey, Date> {
  const at9 = (days: number) => localTimeAfterDays({ at: now, days, time: "09:00", zone });
  const toMonday = 8 - wallTime({ at: now, zone }).weekday; // luxon: Monday 1 … Sunday 7
  return {
    h1: new Date(now.getTime() + 3600_000),
    h3: new Date(now.getTime() + 3 * 3600_000),
    tomorrow: at9(1),
    week: at9(toMonday),
  };
}

/** The presets to offer, in order, each moment once: on a Sunday "tomorrow 9:00" is next Monday's, shown once. */
export function distinctSnoozePresets(now: Date, zone: Zone = "local"): { key: SnoozePresetKey; at: Date }[] {
  const seen = new Set<number>();
  return (Object.entries(snoozePresets(now, zone)) as [SnoozePresetKey, Date][]).flatMap(([key, at]) =>
    seen.has(at.getTime()) ? [] : (seen.add(at.getTime()), [{ key, at }]),
  );
}
