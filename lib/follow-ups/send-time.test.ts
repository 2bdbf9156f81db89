import { describe, expect, it } from "vitest";
import { resolveSendAt, sendTimeSchema } from "@/lib/follow-ups/send-time";

const now = new Date("2026-11-22T10:00:00Z");

describe("resolveSendAt", () => {
  it("adds whole days to now, or takes the given moment", () => {
    expect(resolveSendAt({ time: { inDays: 3 }, now, timeZone: "Europe/Moscow" }).toISOString()).toBe(
      "2026-11-25T10:00:00.000Z",
    );
    expect(
      resolveSendAt({ time: { sendAt: "2026-11-23T09:30:00+03:00" }, now, timeZone: "Europe/Moscow" }).toISOString(),
    ).toBe("2026-11-23T06:30:00.000Z");
  });

  it("refuses the past, the next minute and more than 180 days ahead", () => {
    expect(() => resolveSendAt({ time: { sendAt: "2026-11-22T09:00:00Z" }, now, timeZone: "Europe/Moscow" })).toThrow(
      /at least a minute/,
    );
    expect(() => resolveSendAt({ time: { sendAt: "2026-11-22T10:00:30Z" }, now, timeZone: "Europe/Moscow" })).toThrow(
      /at least a minute/,
    );
    expect(() => resolveSendAt({ time: { sendAt: "2027-06-01T10:00:00Z" }, now, timeZone: "Europe/Moscow" })).toThrow(
      /within 180 days/,
    );
  });

  it("counts days on the shop's calendar: the same clock time across a DST change", () => {
    // Friday 29 March 2024 10:00 in Berlin (CET); 3 days later is Monday 10:00 CEST, 71 hours on.
    const friday = new Date("2024-03-29T09:00:00Z");
    expect(resolveSendAt({ time: { inDays: 3 }, now: friday, timeZone: "Europe/Berlin" }).toISOString()).toBe(
      "2024-04-01T08:00:00.000Z",
    );
    expect(resolveSendAt({ time: { inDays: 3 }, now: friday, timeZone: "Europe/Moscow" }).toISOString()).toBe(
      "2024-04-01T09:00:00.000Z",
    );
  });

  it("takes exactly one of sendAt and inDays", () => {
    expect(sendTimeSchema.safeParse({ inDays: 2 }).success).toBe(true);
    expect(sendTimeSchema.safeParse({ sendAt: "2026-11-23T10:00:00Z" }).success).toBe(true);
    expect(sendTimeSchema.safeParse({}).success).toBe(false);
    expect(sendTimeSchema.safeParse({ inDays: 0 }).success).toBe(false);
    expect(sendTimeSchema.safeParse({ inDays: 2, sendAt: "2026-11-23T10:00:00Z" }).success).toBe(false);
  });
});
