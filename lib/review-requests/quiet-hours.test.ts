import { describe, expect, it } from "vitest";

import { endOfQuietHours, isInQuietHours } from "@/lib/review-requests/quiet-hours";

const NIGHT = { start: "21:00", end: "09:00" };

describe("quiet hours", () => {
  it("spans midnight for 21:00-09:00, start inclusive and end exclusive", () => {
    const tz = "Europe/Moscow";
    const check = (iso: string) => isInQuietHours({ at: new Date(iso), quietHours: NIGHT, timeZone: tz });
    expect(check("2024-06-01T17:59:00Z")).toBe(false); // 20:59
    expect(check("2024-06-01T18:00:00Z")).toBe(true); // 21:00
    expect(check("2024-06-01T23:00:00Z")).toBe(true); // 02:00
    expect(check("2024-06-02T05:59:00Z")).toBe(true); // 08:59
    expect(check("2024-06-02T06:00:00Z")).toBe(false); // 09:00
  });

  it("handles a daytime window and treats start == end as off", () => {
    const at = new Date("2024-06-01T11:00:00Z"); // 14:00 Moscow
    expect(isInQuietHours({ at, quietHours: { start: "13:00", end: "15:00" }, timeZone: "Europe/Moscow" })).toBe(true);
    expect(isInQuietHours({ at, quietHours: { start: "15:00", end: "13:00" }, timeZone: "Europe/Moscow" })).toBe(false);
    expect(isInQuietHours({ at, quietHours: { start: "09:00", end: "09:00" }, timeZone: "Europe/Moscow" })).toBe(false);
  });

  it("ends tomorrow morning from the evening side and this morning from the night side", () => {
    const end = (iso: string, timeZone: string) =>
      endOfQuietHours({ at: new Date(iso), quietHours: NIGHT, timeZone }).toISOString();
    expect(end("2024-06-01T19:00:00Z", "Europe/Moscow")).toBe("2024-06-02T06:00:00.000Z"); // 22:00 -> 09:00 next day
    expect(end("2024-06-01T23:00:00Z", "Europe/Moscow")).toBe("2024-06-02T06:00:00.000Z"); // 02:00 -> 09:00 same day
    expect(end("2024-06-01T12:00:00Z", "Europe/Moscow")).toBe("2024-06-01T12:00:00.000Z"); // 15:00: not quiet, unchanged
    // 23:00 Vladivostok (UTC+10) on 31 Dec -> 09:00 on 1 Jan, a new year in local time.
    expect(end("2024-12-31T13:00:00Z", "Asia/Vladivostok")).toBe("2024-12-31T23:00:00.000Z");
    // 22:00 EST on the night clocks spring forward -> 09:00 EDT.
    expect(end("2024-03-10T03:00:00Z", "America/New_York")).toBe("2024-03-10T13:00:00.000Z");
    // 22:00 CEST before clocks fall back -> 09:00 CET.
    expect(end("2024-10-26T20:00:00Z", "Europe/Berlin")).toBe("2024-10-27T08:00:00.000Z");
    // Quiet hours ending at 02:30, a time the spring-forward night skips in Berlin: at 03:30 CEST.
    expect(
      endOfQuietHours({
        at: new Date("2024-03-30T23:00:00Z"),
        quietHours: { start: "23:00", end: "02:30" },
        timeZone: "Europe/Berlin",
      }).toISOString(),
    ).toBe("2024-03-31T01:30:00.000Z");
  });
});
