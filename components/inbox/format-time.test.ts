import { describe, expect, it } from "vitest";
import { dayKey, formatDuration } from "@/components/inbox/format-time";

const units = { m: "мин", h: "ч", d: "д" };

describe("formatDuration", () => {
  it("rounds to minutes, hours, then days", () => {
    expect(formatDuration(20_000, units)).toBe("1 мин");
    expect(formatDuration(-45 * 60_000, units)).toBe("45 мин");
    expect(formatDuration(3 * 3600_000 + 10 * 60_000, units)).toBe("3 ч");
    expect(formatDuration(47 * 3600_000, units)).toBe("47 ч");
    expect(formatDuration(5 * 86_400_000, units)).toBe("5 д");
  });
});

describe("dayKey", () => {
  it("groups by the local calendar day", () => {
    expect(dayKey(new Date(2026, 10, 21, 0, 1).toISOString())).toBe(dayKey(new Date(2026, 10, 21, 23, 59).toISOString()));
    expect(dayKey(new Date(2026, 10, 21, 0, 1).toISOString())).not.toBe(dayKey(new Date(2026, 10, 20, 23, 59).toISOString()));
  });
});
