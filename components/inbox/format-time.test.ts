import { describe, expect, it } from "vitest";
import { dayKey, formatDuration } from "@/components/inbox/format-time";
import { en, ru } from "@/lib/i18n/dictionaries";

const units = ru.inbox.sla.units;

describe("formatDuration", () => {
  it("rounds to minutes, hours, then days", () => {
    expect(formatDuration(20_000, units, "ru")).toBe("1 мин");
    expect(formatDuration(-45 * 60_000, units, "ru")).toBe("45 мин");
    expect(formatDuration(3 * 3600_000 + 10 * 60_000, units, "ru")).toBe("3 ч");
    expect(formatDuration(47 * 3600_000, units, "ru")).toBe("47 ч");
  });

  it("says days with their plural forms, no abbreviation", () => {
    expect(formatDuration(2 * 86_400_000, units, "ru")).toBe("2 дня");
    expect(formatDuration(5 * 86_400_000, units, "ru")).toBe("5 дней");
    expect(formatDuration(21 * 86_400_000, units, "ru")).toBe("21 день");
    expect(formatDuration(2 * 86_400_000, en.inbox.sla.units, "en")).toBe("2 days");
  });
});

describe("dayKey", () => {
  it("groups by the local calendar day", () => {
    expect(dayKey(new Date(2026, 10, 21, 0, 1).toISOString())).toBe(
      dayKey(new Date(2026, 10, 21, 23, 59).toISOString()),
    );
    expect(dayKey(new Date(2026, 10, 21, 0, 1).toISOString())).not.toBe(
      dayKey(new Date(2026, 10, 20, 23, 59).toISOString()),
    );
  });
});
