import { describe, expect, it } from "vitest";
import { countdownTone, formatCountdown } from "@/components/negative-reviews/format-countdown";
import { en, ru as ruDictionary } from "@/lib/i18n/dictionaries";

const ru = ruDictionary.negative.units;
const H = 3_600_000;

describe("negative-review countdown", () => {
  it("days and hours, hours and minutes, minutes", () => {
    expect(formatCountdown(2 * 24 * H + 14 * H + 59 * 60_000, ru, "ru")).toBe("2 дня 14 ч");
    expect(formatCountdown(5 * 24 * H + 3 * H, ru, "ru")).toBe("5 дней 3 ч");
    expect(formatCountdown(24 * H + 3 * H, en.negative.units, "en")).toBe("1 day 3 h");
    expect(formatCountdown(5 * H + 20 * 60_000, ru, "ru")).toBe("5 ч 20 мин");
    expect(formatCountdown(45 * 60_000 + 30_000, ru, "ru")).toBe("45 мин");
    expect(formatCountdown(-5, ru, "ru")).toBe("1 мин");
  });

  it("turns red in the last 12 hours", () => {
    expect(countdownTone(12 * H + 1)).toBe("amber");
    expect(countdownTone(12 * H - 1)).toBe("red");
  });
});
