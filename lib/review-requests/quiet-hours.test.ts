import { describe, expect, it } from "vitest";

import { endOfQuietHours, isInQuietHours } from "@/lib/review-requests/quiet-hours";
import { getWallTime, isValidTimeZone, wallTimeToInstant } from "@/lib/review-requests/zoned-time";

const NIGHT = { start: "21:00", end: "09:00" };

describe("zoned time", () => {
  it("reads wall time in a zone", () => {
    expect(getWallTime({ at: new Date("2024-06-01T18:30:00Z"), timeZone: "Europe/Moscow" })).toMatchObject({ day: 1, hour: 21, minute: 30 });
    expect(getWallTime({ at: new Date("2024-06-01T18:30:00Z"), timeZone: "Asia/Kathmandu" })).toMatchObject({ day: 2, hour: 0, minute: 15 });
  });

  it("converts wall time to an instant across offsets and DST", () => {
    const at = (wall: { year: number; month: number; day: number; hour: number; minute: number }, timeZone: string) =>
      wallTimeToInstant({ wall, timeZone }).toISOString();
    expect(at({ year: 2024, month: 6, day: 2, hour: 9, minute: 0 }, "Europe/Moscow")).toBe("2024-06-02T06:00:00.000Z");
    expect(at({ year: 2024, month: 6, day: 2, hour: 9, minute: 0 }, "Asia/Kamchatka")).toBe("2024-06-01T21:00:00.000Z");
    expect(at({ year: 2024, month: 3, day: 10, hour: 9, minute: 0 }, "America/New_York")).toBe("2024-03-10T13:00:00.000Z");
    expect(at({ year: 2024, month: 3, day: 9, hour: 9, minute: 0 }, "America/New_York")).toBe("2024-03-09T14:00:00.000Z");
    // 02:30 does not exist on the spring-forward night: the first instant after the jump.
    expect(at({ year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, "America/New_York")).toBe("2024-03-10T07:30:00.000Z");
    // Day 32 of January rolls into February.
    expect(at({ year: 2024, month: 1, day: 32, hour: 9, minute: 0 }, "Europe/Moscow")).toBe("2024-02-01T06:00:00.000Z");
  });

  it("validates IANA zone names", () => {
    expect(isValidTimeZone("Asia/Vladivostok")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

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
    const end = (iso: string, timeZone: string) => endOfQuietHours({ at: new Date(iso), quietHours: NIGHT, timeZone }).toISOString();
    expect(end("2024-06-01T19:00:00Z", "Europe/Moscow")).toBe("2024-06-02T06:00:00.000Z"); // 22:00 -> 09:00 next day
    expect(end("2024-06-01T23:00:00Z", "Europe/Moscow")).toBe("2024-06-02T06:00:00.000Z"); // 02:00 -> 09:00 same day
    expect(end("2024-06-01T12:00:00Z", "Europe/Moscow")).toBe("2024-06-01T12:00:00.000Z"); // 15:00: not quiet, unchanged
    // 23:00 Vladivostok (UTC+10) on 31 Dec -> 09:00 on 1 Jan, a new year in local time.
    expect(end("2024-12-31T13:00:00Z", "Asia/Vladivostok")).toBe("2024-12-31T23:00:00.000Z");
    // 22:00 EST on the night clocks spring forward -> 09:00 EDT.
    expect(end("2024-03-10T03:00:00Z", "America/New_York")).toBe("2024-03-10T13:00:00.000Z");
    // 22:00 CEST before clocks fall back -> 09:00 CET.
    expect(end("2024-10-26T20:00:00Z", "Europe/Berlin")).toBe("2024-10-27T08:00:00.000Z");
  });
});
