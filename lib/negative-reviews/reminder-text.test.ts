import { describe, expect, it } from "vitest";
import { reminderEmail } from "@/lib/negative-reviews/reminder-text";
import { reminderNotice } from "@/lib/notifications/reminder-notice";

const H = 3_600_000;
const base = { type: "deadline" as const, customerName: "Анна К.", rating: 2, marketplace: "wildberries" };
const link = "http://localhost:3000/inbox";

describe("negative-review reminder", () => {
  it("states the time actually left, also when the reminder goes out late", () => {
    // Planned 24 h before the deadline, sent when 8 h are left: it says 8.
    const late = reminderNotice({ ...base, msLeft: 8 * H - 30_000 });
    expect(late).toEqual({
      kind: "negative_review_reminder",
      params: { rating: 2, customerName: "Анна К.", marketplace: "wildberries", minutesLeft: 480 },
    });
    const ru = reminderEmail({ notice: late, locale: "ru", link });
    expect(ru.subject).toBe("AgentIQ: Отзыв 2★, Анна К.: опубликуют через 8 часов");
    expect(ru.text).toBe(
      "Через 8 часов отзыв опубликуют как есть, если покупатель его не изменит (Wildberries). Откройте чат: http://localhost:3000/inbox",
    );
    expect(reminderEmail({ notice: reminderNotice({ ...base, msLeft: 24 * H }), locale: "en", link }).subject).toBe(
      "AgentIQ: 24 hours left on Анна К.'s 2★ review",
    );
  });

  it("counts the last hour in minutes, never zero", () => {
    expect(reminderNotice({ ...base, msLeft: 10_000 }).params).toMatchObject({ minutesLeft: 1 });
    expect(
      reminderEmail({ notice: reminderNotice({ ...base, msLeft: 10_000 }), locale: "en", link }).subject,
    ).toContain("1 minute left");
    expect(reminderEmail({ notice: reminderNotice({ ...base, msLeft: 0 }), locale: "ru", link }).subject).toContain(
      "через 1 минуту",
    );
  });

  it("escalates without a time, for a buyer without a name, and reads Russian for an unknown language", () => {
    const notice = reminderNotice({ ...base, type: "escalation", customerName: null, msLeft: null });
    expect(notice.kind).toBe("negative_review_escalation");
    expect(reminderEmail({ notice, locale: "de", link }).subject).toBe(
      "AgentIQ: Нет ответа 24 часа: отзыв 2★, покупатель",
    );
    expect(reminderEmail({ notice, locale: "en", link }).text).toBe(
      "The buyer wrote more than 24 hours ago and nobody has answered (Wildberries). Open the chat: http://localhost:3000/inbox",
    );
  });
});
