import { describe, expect, it } from "vitest";
import { drillHref, formatDuration, toCsv } from "@/components/reports/report-format";
import { reportsEn, reportsRu } from "@/lib/i18n/reports";

describe("formatDuration", () => {
  it("speaks minutes, hours and days in each language", () => {
    expect(formatDuration(null, reportsRu.duration, "ru")).toBe("—");
    expect(formatDuration(12 * 60 + 30, reportsRu.duration, "ru")).toBe("12 мин");
    expect(formatDuration(90 * 60, reportsRu.duration, "ru")).toBe("1 ч 30 мин");
    expect(formatDuration(5 * 3600, reportsEn.duration, "en")).toBe("5 h");
    expect(formatDuration(40 * 3600, reportsRu.duration, "ru")).toBe("1 день 16 ч");
    expect(formatDuration(3 * 86_400, reportsRu.duration, "ru")).toBe("3 дня");
    expect(formatDuration(5 * 86_400, reportsRu.duration, "ru")).toBe("5 дней");
    expect(formatDuration(3 * 86_400, reportsEn.duration, "en")).toBe("3 days");
  });
});

describe("toCsv", () => {
  it("defuses cells a spreadsheet would run as formulas, and quotes separators", () => {
    const csv = toCsv(
      [
        ["Оператор", "Получено"],
        ['=HYPERLINK("x")', 3],
        ["+7 999", 1.5],
        ["-1", null],
        ["@SUM(A1)", 0],
        ["Иванов; Пётр", 2],
      ],
      ";",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Оператор;Получено",
      `"'=HYPERLINK(""x"")";3`,
      "'+7 999;1,5",
      "'-1;",
      "'@SUM(A1);0",
      `"Иванов; Пётр";2`,
      "",
    ]);
  });

  it("leaves numbers as numbers (a negative figure is not text)", () => {
    expect(toCsv([[-2, 0.5]], ",")).toBe("\uFEFF-2,0.5\r\n");
  });
});

describe("drillHref", () => {
  it("opens every view of the inbox filtered to the bar", () => {
    expect(drillHref({ from: "2026-12-01", to: "2026-12-07", marketplace: "ozon" })).toBe(
      "/inbox?view=all&sort=recent&from=2026-12-01&to=2026-12-07&marketplace=ozon",
    );
    expect(drillHref({ from: "2026-12-01", to: "2026-12-01", operator: "" })).toBe(
      "/inbox?view=all&sort=recent&from=2026-12-01&to=2026-12-01&operator=",
    );
    expect(drillHref({ from: "2026-12-01", to: "2026-12-01", label: "lbl1" })).toBe(
      "/inbox?view=all&sort=recent&from=2026-12-01&to=2026-12-01&label=lbl1",
    );
  });
});
