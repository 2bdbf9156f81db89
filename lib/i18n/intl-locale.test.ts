import { describe, expect, it } from "vitest";
import { intlLocale } from "@/lib/i18n/intl-locale";

describe("intlLocale", () => {
  it("formats English dates day first and on a 24-hour clock", () => {
    const at = new Date(Date.UTC(2026, 10, 3, 14, 5));
    expect(
      at.toLocaleString(intlLocale("en"), {
        timeZone: "UTC",
        day: "2-digit",
        month: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      }),
    ).toBe("03/11, 14:05");
    expect(at.toLocaleDateString(intlLocale("ru"), { timeZone: "UTC", day: "numeric", month: "long" })).toBe(
      "3 ноября",
    );
  });
  it("falls back to Russian, the first language", () => {
    expect(intlLocale("de")).toBe("ru-RU");
  });
});
