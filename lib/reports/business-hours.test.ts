import { describe, expect, it } from "vitest";
import { businessSeconds, storedWeeklySchema, weeklySchema, type BusinessHours } from "@/lib/reports/business-hours";
import { dayStart } from "@/lib/time/zoned-time";

const day = { start: "09:00", end: "18:00", breaks: [{ start: "13:00", end: "14:00" }] };
// Monday to Friday 9-18 with a lunch break; weekends off; 2026-12-02 (a Wednesday) a day off.
const hours: BusinessHours = {
  timeZone: "Europe/Moscow",
  weekly: weeklySchema.parse([day, day, day, day, day, null, null]),
  daysOff: ["2026-12-02"],
};
const msk = (iso: string) => new Date(`${iso}+03:00`);

describe("businessSeconds", () => {
  it("counts only working time within one day, less the break", () => {
    expect(businessSeconds(hours, msk("2026-11-30T12:30:00"), msk("2026-11-30T14:30:00"))).toBe(60 * 60);
    expect(businessSeconds(hours, msk("2026-11-30T07:00:00"), msk("2026-11-30T09:10:00"))).toBe(10 * 60);
  });

  it("skips nights, weekends and days off", () => {
    // Tuesday 17:00 -> Thursday 10:00: 1 h on Tuesday, Wednesday is off, 1 h on Thursday.
    expect(businessSeconds(hours, msk("2026-12-01T17:00:00"), msk("2026-12-03T10:00:00"))).toBe(2 * 3600);
    // Friday 17:30 -> Monday 09:30: 30 min + 30 min.
    expect(businessSeconds(hours, msk("2026-12-04T17:30:00"), msk("2026-12-07T09:30:00"))).toBe(3600);
  });

  it("is wall-clock time without a schedule", () => {
    expect(businessSeconds({ ...hours, weekly: null }, msk("2026-12-05T10:00:00"), msk("2026-12-05T10:07:30"))).toBe(
      450,
    );
  });

  it("follows the time zone's clock across a daylight-saving change", () => {
    const berlin: BusinessHours = {
      timeZone: "Europe/Berlin",
      weekly: weeklySchema.parse([day, day, day, day, day, day, day]),
      daysOff: [],
    };
    // 2026-03-29 is the spring change in Berlin: 09:00 local is 07:00 UTC that day, 08:00 UTC the day before.
    expect(dayStart({ day: "2026-03-29", zone: "Europe/Berlin" }).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(businessSeconds(berlin, new Date("2026-03-29T07:00:00Z"), new Date("2026-03-29T08:00:00Z"))).toBe(3600);
    expect(businessSeconds(berlin, new Date("2026-03-28T07:00:00Z"), new Date("2026-03-28T08:00:00Z"))).toBe(0);
  });

  it("refuses a day that ends before it starts", () => {
    expect(
      weeklySchema.safeParse([{ start: "18:00", end: "09:00", breaks: [] }, null, null, null, null, null, null])
        .success,
    ).toBe(false);
  });

  it("refuses a break outside its day, on that day (the settings form marks the day the route names)", () => {
    const late = { start: "09:00", end: "18:00", breaks: [{ start: "17:30", end: "18:30" }] };
    const parsed = weeklySchema.safeParse([day, late, null, null, null, null, null]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([[1]]);
    expect(
      weeklySchema.safeParse([
        day,
        { ...late, breaks: [{ start: "17:00", end: "18:00" }] },
        null,
        null,
        null,
        null,
        null,
      ]).success,
    ).toBe(true);
  });

  it("reads a schedule saved before that rule as it was saved, so it keeps counting", () => {
    const late = { start: "09:00", end: "18:00", breaks: [{ start: "17:30", end: "18:30" }] };
    expect(storedWeeklySchema.parse([day, late, null, null, null, null, null])[1]).toEqual(late);
    // Still a schedule: an end before its start is not one.
    expect(
      storedWeeklySchema.safeParse([{ start: "18:00", end: "09:00", breaks: [] }, null, null, null, null, null, null])
        .success,
    ).toBe(false);
  });
});
