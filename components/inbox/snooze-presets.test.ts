import { describe, expect, it } from "vitest";
import { snoozePresets } from "@/components/inbox/snooze-presets";

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
});
