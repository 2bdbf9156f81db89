import { describe, expect, it } from "vitest";
import { formatDay } from "@/components/inbox/format-day";

describe("formatDay", () => {
  const now = new Date(2026, 10, 21, 15, 0);
  it("says today and yesterday, else the date", () => {
    expect(formatDay(new Date(2026, 10, 21, 0, 5).toISOString(), "ru", now)).toBe("Сегодня");
    expect(formatDay(new Date(2026, 10, 20, 23, 59).toISOString(), "ru", now)).toBe("Вчера");
    expect(formatDay(new Date(2026, 10, 18, 12).toISOString(), "ru", now)).toBe("среда, 18 ноября");
    expect(formatDay(new Date(2025, 0, 2, 12).toISOString(), "en", now)).toContain("2025");
  });
});
