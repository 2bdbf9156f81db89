import { describe, expect, it } from "vitest";

import {
  addLocalDays,
  calendarDaysBetween,
  dayIn,
  dayStart,
  elapsedDaysAfter,
  isValidTimeZone,
  localTimeAfterDays,
  wallTime,
} from "@/lib/time/zoned-time";

const iso = (d: Date) => d.toISOString();

describe("wall clock in a zone", () => {
  it("reads the wall time, whole-hour and odd offsets", () => {
    expect(wallTime({ at: new Date("2024-06-01T18:30:00Z"), zone: "Europe/Moscow" }).toFormat("dd HH:mm")).toBe(
      "01 21:30",
    );
    expect(wallTime({ at: new Date("2024-06-01T18:30:00Z"), zone: "Asia/Kathmandu" }).toFormat("dd HH:mm")).toBe(
      "02 00:15",
    );
  });

  it("validates IANA zone names", () => {
    expect(isValidTimeZone("Asia/Vladivostok")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("N days later at 09:00 in the shop's zone", () => {
  it("keeps 09:00 across the spring-forward change (Europe/Berlin, 31 March 2024)", () => {
    // Friday 29 March 10:00 CET; three days later is Monday 1 April, 09:00 CEST = 07:00Z (not 08:00Z).
    expect(
      iso(localTimeAfterDays({ at: new Date("2024-03-29T09:00:00Z"), days: 3, time: "09:00", zone: "Europe/Berlin" })),
    ).toBe("2024-04-01T07:00:00.000Z");
  });

  it("keeps 09:00 across the fall-back change (America/New_York, 3 November 2024)", () => {
    expect(
      iso(
        localTimeAfterDays({ at: new Date("2024-11-02T13:00:00Z"), days: 1, time: "09:00", zone: "America/New_York" }),
      ),
    ).toBe("2024-11-03T14:00:00.000Z");
  });

  it("has no change to cross in Moscow", () => {
    expect(
      iso(localTimeAfterDays({ at: new Date("2024-03-29T09:00:00Z"), days: 3, time: "09:00", zone: "Europe/Moscow" })),
    ).toBe("2024-04-01T06:00:00.000Z");
  });

  it("rolls months and years over, and a skipped 02:30 moves forward by the jump", () => {
    expect(
      iso(
        localTimeAfterDays({ at: new Date("2024-12-31T13:00:00Z"), days: 1, time: "09:00", zone: "Asia/Vladivostok" }),
      ),
    ).toBe("2024-12-31T23:00:00.000Z");
    expect(
      iso(
        localTimeAfterDays({ at: new Date("2024-03-09T17:00:00Z"), days: 1, time: "02:30", zone: "America/New_York" }),
      ),
    ).toBe("2024-03-10T07:30:00.000Z");
  });
});

describe("calendar days against elapsed days", () => {
  const beforeChange = new Date("2024-03-30T12:00:00Z"); // 13:00 CET in Berlin, the day before clocks go forward

  it("a calendar day across the change is 23 hours, keeping the wall time", () => {
    const next = addLocalDays({ at: beforeChange, days: 1, zone: "Europe/Berlin" });
    expect(iso(next)).toBe("2024-03-31T11:00:00.000Z");
    expect(wallTime({ at: next, zone: "Europe/Berlin" }).toFormat("HH:mm")).toBe("13:00");
  });

  it("an elapsed day is always 24 hours", () => {
    expect(iso(elapsedDaysAfter({ at: beforeChange, days: 1 }))).toBe("2024-03-31T12:00:00.000Z");
    expect(iso(elapsedDaysAfter({ at: beforeChange, days: -2 }))).toBe("2024-03-28T12:00:00.000Z");
  });

  it("counts calendar days between instants in the zone", () => {
    const zone = "America/New_York";
    expect(
      calendarDaysBetween({ from: new Date("2024-11-02T23:30:00Z"), to: new Date("2024-11-04T04:30:00Z"), zone }),
    ).toBe(1); // Sat 19:30 -> Sun 23:30
    expect(
      calendarDaysBetween({ from: new Date("2024-11-03T03:59:00Z"), to: new Date("2024-11-03T04:01:00Z"), zone }),
    ).toBe(1); // 23:59 -> 00:01
  });

  it("starts a calendar day in the zone, on a 23-hour day too", () => {
    expect(iso(dayStart({ day: "2024-03-31", zone: "Europe/Berlin" }))).toBe("2024-03-30T23:00:00.000Z");
    expect(iso(dayStart({ day: "2024-03-31", zone: "Europe/Berlin", plusDays: 1 }))).toBe("2024-03-31T22:00:00.000Z");
    expect(dayIn({ at: new Date("2024-03-30T23:30:00Z"), zone: "Europe/Berlin" })).toBe("2024-03-31");
  });
});
