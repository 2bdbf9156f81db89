import { describe, expect, it } from "vitest";
import { dictionaries } from "@/lib/i18n/dictionaries";
import { describeSendFailure } from "@/lib/inbox/send-failure";
import { sendFailureText, storedSendFailure } from "@/lib/inbox/send-failure-text";
import { refuseOutgoing } from "@/lib/marketplaces/connector-kit";
import { OUTGOING_REFUSAL_CODES, type OutgoingRefusal } from "@/lib/marketplaces/outgoing-refusal";

const CYRILLIC = /[А-Яа-яЁё]/;
const thrown = (refusal: OutgoingRefusal) => {
  try {
    return refuseOutgoing("amazon", refusal);
  } catch (error) {
    return error;
  }
};
// A reply failure as the thread shows a stored row in `locale`.
const shown = (error: string, errorParams: unknown, locale: "ru" | "en") =>
  sendFailureText(storedSendFailure({ error, errorParams }), locale);

describe("a reply we refused to send", () => {
  it("is stored as a code with its values, not as a sentence", () => {
    const failure = describeSendFailure(thrown({ code: "text_too_long", params: { max: 1000, length: 1200 } }));
    expect(failure).toEqual({ code: "refusal", params: { refusal: "text_too_long", max: 1000, length: 1200 } });
    expect(JSON.stringify(failure)).not.toMatch(CYRILLIC);
  });

  it("is worded in the reader's language, English without Cyrillic", () => {
    const params = { refusal: "type_not_offered", messageType: "warranty", order: "111-1", offered: "", count: 0 };
    expect(shown("refusal", params, "ru")).toBe(
      "Amazon сейчас не предлагает тип «warranty» для заказа 111-1 (доступно: ничего)",
    );
    expect(shown("refusal", params, "en")).toBe(
      "Amazon does not offer the type “warranty” for order 111-1 now (available: none)",
    );
    const values = { max: 5, length: 7, fileName: "a.pdf", mimeType: "video/mp4", allowed: "image/png" };
    for (const refusal of OUTGOING_REFUSAL_CODES) {
      const text = shown(
        "refusal",
        { refusal, ...values, megabytes: 5, messageType: "x", order: "1", offered: "x", count: 1 },
        "en",
      );
      expect(text, refusal).not.toMatch(CYRILLIC);
      expect(text, refusal).not.toContain("{");
    }
  });

  it("rewords an old row that stored our Russian sentence as the marketplace's reason", () => {
    const old = (reason: string) => shown("rejected", { reason }, "en");
    expect(old("Сообщение длиннее 1000 символов (1200)")).toBe(
      "The message is longer than 1,000 characters (1,200 characters)",
    );
    expect(old("Пустое сообщение")).toBe(dictionaries.en.outgoingRefusals.empty_message);
    expect(old("Файл «a.pdf» больше 5 МБ")).toBe("File “a.pdf” is larger than 5 MB");
    expect(old("Для заказа 111-1 Amazon сейчас не разрешает текстовые сообщения (доступно: ничего)")).toBe(
      "Amazon does not allow text messages for order 111-1 now (available: none)",
    );
    expect(old("Для типа «warranty» Amazon принимает не больше 2000 символов")).toBe(
      "Amazon accepts at most 2,000 characters for the type “warranty”",
    );
    // Before the reasons were codes at all, the sentence was the whole column.
    expect(shown("Нет replySign для этого чата: Wildberries не вернул чат в списке, ответить нельзя", null, "en")).toBe(
      dictionaries.en.outgoingRefusals.no_reply_sign,
    );
    // A marketplace's own words stay as they came.
    expect(old("Чат завершён покупателем")).toBe("Чат завершён покупателем");
  });
});
