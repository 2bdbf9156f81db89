import { describe, expect, it } from "vitest";
import { timeZoneLabel, timeZoneOptions } from "@/lib/reports/time-zone-options";

const winter = new Date("2026-01-15T12:00:00Z");
const summer = new Date("2026-07-15T12:00:00Z");

describe("time zone choices", () => {
  it("names the zone by its offset and city in the interface's language, never the bare IANA id", () => {
    expect(timeZoneLabel({ zone: "Europe/Moscow", locale: "ru", at: winter })).toBe("GMT+3 · Москва");
    expect(timeZoneLabel({ zone: "Europe/Moscow", locale: "en", at: winter })).toBe("GMT+3 · Moscow");
    expect(timeZoneLabel({ zone: "America/Argentina/Buenos_Aires", locale: "en", at: winter })).toBe(
      "GMT-3 · Buenos Aires",
    );
    expect(timeZoneLabel({ zone: "Europe/Berlin", locale: "ru", at: winter })).toMatch(
      /^GMT\+1 · [А-Яа-яё ,]+ \(Berlin\)$/,
    );
    for (const locale of ["ru", "en"] as const)
      expect(timeZoneLabel({ zone: "Asia/Kolkata", locale, at: winter })).not.toContain("/");
  });

  it("follows daylight saving", () => {
    expect(timeZoneLabel({ zone: "Europe/Berlin", locale: "en", at: summer })).toBe("GMT+2 · Berlin");
  });

  it("lists the usual zones first, then the rest by offset, and keeps a stored zone the runtime does not list", () => {
    const options = timeZoneOptions({
      zones: ["Pacific/Honolulu", "Europe/Berlin", "Europe/Moscow", "Asia/Yekaterinburg", "Asia/Tokyo"],
      current: "Etc/GMT-3",
      locale: "ru",
      at: winter,
    });
    expect(options.map((o) => o.value)).toEqual([
      "Europe/Moscow",
      "Asia/Yekaterinburg",
      "Pacific/Honolulu",
      "Europe/Berlin",
      "Etc/GMT-3",
      "Asia/Tokyo",
    ]);
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
  });
});
