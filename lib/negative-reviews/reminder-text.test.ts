import { describe, expect, it } from "vitest";
import { reminderText, timeLeft } from "@/lib/negative-reviews/reminder-text";

const H = 3_600_000;
const base = { type: "deadline" as const, customerName: "Анна К.", rating: 2, marketplace: "WILDBERRIES", link: "http://localhost:3000/inbox" };

describe("negative-review reminder text", () => {
  it("states the time actually left, also when the reminder goes out late", () => {
    // Planned 24 h before the deadline, sent when 8 h are left: it says 8.
    const late = reminderText({ ...base, locale: "ru", msLeft: 8 * H - 30_000 });
    expect(late.title).toBe("Осталось 8 ч: отзыв 2★, Анна К.");
    expect(late.body).toContain("Через 8 ч отзыв опубликуют");
    expect(late.body).toContain("(Wildberries)");
    expect(reminderText({ ...base, locale: "en", msLeft: 24 * H }).title).toBe("24 h left on Анна К.'s 2★ review");
  });

  it("counts the last hour in minutes, never zero", () => {
    expect(timeLeft(40 * 60_000, "ru")).toBe("40 мин");
    expect(timeLeft(10_000, "en")).toBe("1 min");
    expect(timeLeft(90 * 60_000, "ru")).toBe("2 ч");
  });
});
