import { describe, expect, it } from "vitest";
import { distinctSnoozePresets, snoozePresets } from "@/components/inbox/snooze-presets";

describe("snoozePresets", () => {
  it("offers an hour, three hours, tomorrow 9:00 and next Monday 9:00, in local time", () => {
    const saturday = new Date(2026, 10, 21, 23, 30); // Sat 21 Nov 2026, 23:30
    const p = snoozePresets(saturday);
    expect(p.h1.getTime() - saturday.getTime()).toBe(3600_000);
    expect(p.h3.getTime() - saturday.getTime()).toBe(3 * 3600_000);
    expect(p.tomorrow).toEqual(new Date(2026, 10, 22, 9, 0));
    expect(p.week).toEqual(new Date(2026, 10, 23, 9, 0));
  });
  it("on a Monday, next week's Monday", () => {
    expect(snoozePresets(new Date(2026, 10, 23, 8, 0)).week).toEqual(new Date(2026, 10, 30, 9, 0));
  });
  it("offers each moment once: on a Sunday, tomorrow 9:00 is next Monday 9:00", () => {
    const sunday = new Date(2026, 11, 6, 18, 0); // Sun 6 Dec 2026
    expect(distinctSnoozePresets(sunday).map((p) => p.key)).toEqual(["h1", "h3", "tomorrow"]);
    expect(distinctSnoozePresets(new Date(2026, 11, 5, 18, 0)).map((p) => p.key)).toEqual([
      "h1",
      "h3",
      "tomorrow",
      "week",
    ]);
  });
  it("keeps 9:00 when the clocks change overnight (Berlin, 31 March 2024)", () => {
    const saturday = new Date("2024-03-30T20:00:00Z"); // Sat 21:00 CET
    const p = snoozePresets(saturday, "Europe/Berlin");
    expect(p.tomorrow.toISOString()).toBe("2024-03-31T07:00:00.000Z"); // Sun 09:00 CEST
    expect(p.week.toISOString()).toBe("2024-04-01T07:00:00.000Z"); // Mon 09:00 CEST
  });
});
