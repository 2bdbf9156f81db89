import { describe, expect, it } from "vitest";
import { dictionaries } from "@/lib/i18n/dictionaries";
import { noticeText, storedNotice, wordMessageNotice } from "@/lib/inbox/message-notice-text";
import { avitoNotice, avitoText } from "@/lib/marketplaces/avito/map";
import type { MessageNotice } from "@/lib/marketplaces/message-notice";

const CYRILLIC = /[А-Яа-яЁё]/;

describe("notice messages", () => {
  it("Avito's missed calls, deletions and voice messages are stored as codes with no text", () => {
    expect([avitoText({ type: "call" }), avitoNotice({ type: "call" })]).toEqual(["", { code: "missed_call" }]);
    expect(avitoNotice({ type: "deleted" })).toEqual({ code: "deleted" });
    expect(avitoNotice({ type: "voice", content: { voice: { voice_id: "v1" } } })).toEqual({ code: "voice" });
    expect(avitoNotice({ type: "text", content: { text: "Здравствуйте" } })).toBeNull();
  });

  it("are worded in English without Cyrillic, and in Russian", () => {
    const params = { questionId: "11", answerId: "12", commentId: "13" };
    for (const code of Object.keys(dictionaries.ru.messageNotices) as MessageNotice["code"][]) {
      const text = noticeText({ code, params }, "en");
      expect(text, code).not.toMatch(CYRILLIC);
      expect(text, code).not.toContain("{");
    }
    expect(wordMessageNotice({ text: "", notice: { code: "missed_call" } }, "ru")).toEqual({
      text: "Пропущенный звонок",
    });
  });

  it("read a Yandex Market question notice stored as Russian text back into its code; the buyer's words stay", () => {
    const old =
      "На вопрос о товаре появился новый ответ (ответ № 12). Текст — в кабинете продавца, раздел «Вопросы о товарах».";
    expect(storedNotice({ text: old, notice: null })).toEqual({ code: "question_answer", params: { answerId: "12" } });
    expect(wordMessageNotice({ text: old, notice: null }, "en").text).toBe(
      "A new answer to a product question (answer no. 12). The text is in the seller account, under “Questions about products”.",
    );
    expect(wordMessageNotice({ text: "Где мой заказ?", notice: null }, "en").text).toBe("Где мой заказ?");
  });
});
