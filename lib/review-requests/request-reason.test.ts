import { describe, expect, it } from "vitest";
import { requestReasonText, shownRequestReason, storedRequestReason } from "@/lib/review-requests/request-reason";

const stored = (reason: string, reasonParams: unknown = null) => storedRequestReason({ reason, reasonParams });

describe("a review request's stored reason", () => {
  it("a coded row is read as it is and worded in Russian and English", () => {
    const reason = stored("frequency_limit", { last: "03.05.2024", days: 1 });
    expect(requestReasonText(reason, "ru")).toBe(
      "Этому номеру уже отправляли запрос 03.05.2024; не чаще раза в 1 день",
    );
    expect(requestReasonText(reason, "en")).toBe(
      "This number already got a request on 03.05.2024; at most once every 1 day",
    );
    const retry = stored("retry", { minutes: 1, reason: { code: "provider_timeout", params: { provider: "sms_ru" } } });
    expect(requestReasonText(retry, "en")).toBe(
      "sms_ru: no answer in time — the message may have gone out, fallback channels were not used — will retry in 1 minute",
    );
  });

  it.each([
    ["По этому заказу/визиту/сделке запрос на отзыв уже был", { code: "duplicate_event" }],
    ["Клиент в стоп-листе: отказался от сообщений", { code: "opted_out" }],
    [
      "Этому номеру уже отправляли запрос 03.05.2024; не чаще раза в 30 дн.",
      { code: "frequency_limit", params: { last: "03.05.2024", days: 30 } },
    ],
    ["Не отправлено: провайдер не настроен", { code: "not_configured" }],
    ["Не отправлено: в настройках не задана ссылка на отзыв", { code: "no_review_link" }],
    ["Нет email клиента, а другие каналы не настроены", { code: "no_channel" }],
    ["Не отправлено: нет email клиента, другие каналы не настроены", { code: "no_email" }],
    ["Не отправлено: не заполнено reviewLink", { code: "missing_fields", params: { fields: "reviewLink" } }],
    [
      "sms_ru: нет ответа вовремя — сообщение могло уйти, запасные каналы не использованы",
      { code: "provider_timeout", params: { provider: "sms_ru" } },
    ],
    ["Не отправлено: sms_ru HTTP 503", { code: "provider_failed", params: { detail: "sms_ru HTTP 503" } }],
    ["Не отправлено", { code: "not_sent" }],
    ["Не доставлено: 207", { code: "undelivered", params: { detail: "207" } }],
    [
      "Отправка прервана (сбой сервера): сообщение могло уйти, повторно не отправляем, чтобы не написать клиенту дважды",
      { code: "interrupted" },
    ],
    [
      "Ошибка отправки — повторим через 5 мин",
      { code: "retry", params: { reason: { code: "send_error" }, minutes: 5 } },
    ],
    [
      "Не отправлено: sms_ru HTTP 503 — повторим через 30 мин",
      {
        code: "retry",
        params: { reason: { code: "provider_failed", params: { detail: "sms_ru HTTP 503" } }, minutes: 30 },
      },
    ],
  ])("the old text «%s» is read back into its code", (text, code) => {
    expect(stored(text)).toEqual(code);
    // Read back, it words in English without a Russian letter of ours.
    expect(requestReasonText(stored(text), "en")).not.toMatch(/[а-яё]/i);
  });

  it("any other text is kept as it was stored and marked so", () => {
    expect(stored("SMS.ru 207")).toEqual({ code: "stored", params: { text: "SMS.ru 207" } });
    expect(shownRequestReason({ reason: "SMS.ru 207", reasonParams: null }, "en")).toEqual({
      reason: "SMS.ru 207",
      reasonVerbatim: true,
    });
    expect(shownRequestReason({ reason: null, reasonParams: null }, "en")).toEqual({
      reason: null,
      reasonVerbatim: false,
    });
    // A code with broken values is not trusted as a code.
    expect(stored("frequency_limit", { days: "x" })).toEqual({ code: "stored", params: { text: "frequency_limit" } });
  });
});
