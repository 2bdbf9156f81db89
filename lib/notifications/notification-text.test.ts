import { describe, expect, it } from "vitest";
import { renderNotification, timeLeftText } from "@/lib/notifications/notification-text";

const review = { rating: 2, customerName: "Ольга", marketplace: "yandex_market" };

describe("notifications worded in the reader's language", () => {
  it("a mention: the author in the title, the note as written", () => {
    const row = { kind: "mention", params: { author: "Мария" }, title: "", body: "@Иван проверь возврат" };
    expect(renderNotification(row, "ru")).toEqual({
      title: "Мария упомянул(а) вас в заметке",
      body: "@Иван проверь возврат",
      lang: "ru",
    });
    expect(renderNotification(row, "en")).toEqual({
      title: "Мария mentioned you in a note",
      body: "@Иван проверь возврат",
      lang: "en",
    });
  });

  it("a reminder with the time left in real plural forms", () => {
    const at = (minutesLeft: number, locale: "ru" | "en") =>
      renderNotification(
        { kind: "negative_review_reminder", params: { ...review, minutesLeft }, title: "", body: "" },
        locale,
      ).title;
    expect(at(60, "ru")).toBe("Отзыв 2★, Ольга: опубликуют через 1 час");
    expect(at(120, "ru")).toBe("Отзыв 2★, Ольга: опубликуют через 2 часа");
    expect(at(300, "ru")).toBe("Отзыв 2★, Ольга: опубликуют через 5 часов");
    expect(at(60, "en")).toBe("1 hour left on Ольга's 2★ review");
    expect(at(120, "en")).toBe("2 hours left on Ольга's 2★ review");
    const body = renderNotification(
      { kind: "negative_review_reminder", params: { ...review, minutesLeft: 360 }, title: "", body: "" },
      "en",
    ).body;
    expect(body).toBe(
      "The review will be published as it stands in 6 hours unless the buyer updates it (Yandex Market).",
    );
  });

  it.each([
    [1, "1 минуту"],
    [2, "2 минуты"],
    [5, "5 минут"],
    [11, "11 минут"],
    [21, "21 минуту"],
    [21 * 60, "21 час"],
    [11 * 60, "11 часов"],
  ])("%s minutes left read «%s»", (minutesLeft, text) => {
    expect(timeLeftText({ minutesLeft, locale: "ru" })).toBe(text);
  });

  it("old rows stored worded in Russian read in English, and back", () => {
    const reminder = {
      kind: "negative_review_reminder",
      params: null,
      title: "Осталось 6 ч: отзыв 1★, покупатель",
      body: "Через 6 ч отзыв опубликуют как есть, если покупатель его не изменит (Яндекс Маркет). Откройте чат: http://x/inbox",
    };
    expect(renderNotification(reminder, "en")).toEqual({
      title: "6 hours left on a buyer's 1★ review",
      body: "The review will be published as it stands in 6 hours unless the buyer updates it (Yandex Market).",
      lang: "en",
    });
    const escalation = {
      kind: "negative_review_escalation",
      params: null,
      title: "No reply for 24 h to Ольга's 2★ review",
      body: "The buyer wrote more than 24 hours ago and nobody has answered (Wildberries). Open the chat: http://x/inbox",
    };
    expect(renderNotification(escalation, "ru").title).toBe("Нет ответа 24 часа: отзыв 2★, Ольга");
    expect(
      renderNotification({ kind: "mention", params: null, title: "Анна упомянул(а) вас в заметке", body: "note" }, "en")
        .title,
    ).toBe("Анна mentioned you in a note");
    expect(
      renderNotification(
        {
          kind: "negative_review_reminder",
          params: null,
          title: "45 min left on Ann's 3★ review",
          body: "… (Ozon). Open the chat: x",
        },
        "ru",
      ).title,
    ).toBe("Отзыв 3★, Ann: опубликуют через 45 минут");
  });

  it("a row it cannot read back is shown as stored, in the language it was written to its member in", () => {
    const odd = {
      kind: "negative_review_reminder",
      params: { minutesLeft: "soon" },
      title: "Что-то своё",
      body: "текст",
    };
    expect(renderNotification(odd, "en", "ru")).toEqual({ title: "Что-то своё", body: "текст", lang: "ru" });
    expect(renderNotification({ kind: "other", params: null, title: "T", body: "B" }, "ru", "en")).toEqual({
      title: "T",
      body: "B",
      lang: "en",
    });
  });
});
