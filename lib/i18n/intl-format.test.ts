import { afterEach, describe, expect, it } from "vitest";
import { formatCalendarDay, formatDate, formatNumber, formatRelativeDay } from "@/lib/i18n/intl-format";

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe("intl-format", () => {
  // Local times, so each reads the same in any zone the tests run in.
  const at = new Date(2026, 10, 12, 14, 5, 9);
  const early = new Date(2026, 0, 2, 9, 5, 7);

  it("writes a moment in each screen's style, in Russian and British English", () => {
    expect(formatDate(at, "ru", "date")).toBe("12.11.2026");
    expect(formatDate(early, "en", "date")).toBe("02/01/2026");
    expect(formatDate(at, "ru", "moment")).toBe("12.11.2026, 14:05:09");
    expect(formatDate(early.toISOString(), "en", "moment")).toBe("02/01/2026, 09:05:07");
    expect(formatDate(at, "ru", "clock")).toBe("14:05");
    expect(formatDate(early, "en", "clock")).toBe("09:05");
    expect(formatDate(at, "ru", "dayMonthShort")).toBe("12 нояб.");
    expect(formatDate(at, "ru", "weekdayDate")).toBe("четверг, 12 ноября");
    expect(formatDate(at.getTime(), "ru", "shortDateTime")).toBe("12.11.2026, 14:05");
  });

  it("writes what the inline calls it replaced wrote", () => {
    for (const locale of ["ru", "en"] as const) {
      const intl = locale === "en" ? "en-GB" : "ru-RU";
      for (const d of [at, early]) {
        expect(formatDate(d, locale, "date")).toBe(d.toLocaleDateString(intl));
        expect(formatDate(d, locale, "moment")).toBe(d.toLocaleString(intl));
        expect(formatDate(d, locale, "mediumDateTime")).toBe(
          d.toLocaleString(intl, { dateStyle: "medium", timeStyle: "short" }),
        );
        expect(formatDate(d, locale, "weekdayDateTime")).toBe(
          d.toLocaleString(intl, {
            weekday: "short",
            day: "numeric",
            month: "long",
            hour: "2-digit",
            minute: "2-digit",
          }),
        );
      }
    }
  });

  it("writes a calendar day as that day in any zone", () => {
    for (const tz of ["America/Los_Angeles", "Asia/Kamchatka"]) {
      process.env.TZ = tz;
      expect(formatCalendarDay("2026-03-01", "ru", "dayMonth")).toBe("01.03");
      expect(formatCalendarDay("2026-12-31", "ru", "longDate")).toBe("31 декабря 2026 г.");
      expect(formatCalendarDay("2026-12-31", "en", "longDate")).toBe("31 December 2026");
    }
  });

  it("says today and yesterday, and groups a count's digits", () => {
    expect(formatRelativeDay(0, "ru")).toBe("Сегодня");
    expect(formatRelativeDay(-1, "en")).toBe("Yesterday");
    expect(formatNumber(1234567, "ru")).toBe("1\u00a0234\u00a0567");
    expect(formatNumber(1234567, "en")).toBe("1,234,567");
  });
});
