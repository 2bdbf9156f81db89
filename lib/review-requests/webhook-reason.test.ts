import { describe, expect, it } from "vitest";
import {
  shownWebhookReason,
  storedWebhookReason,
  webhookReasonText,
  type WebhookReason,
} from "@/lib/review-requests/webhook-reason";

const stored = (reason: string, reasonParams: unknown = null) => storedWebhookReason({ reason, reasonParams });

describe("a webhook event's stored reason", () => {
  it("a coded row is read as it is and worded in Russian and English", () => {
    const queued = stored("queued", { n: 3 });
    expect(webhookReasonText(queued, "ru")).toBe("Запросов на отзыв в очереди: 3");
    expect(webhookReasonText(queued, "en")).toBe("3 review requests queued");
    expect(webhookReasonText(stored("queued", { n: 1 }), "en")).toBe("The review request is queued");
    const attendance = stored("yclients_attendance", { attendance: "no_show" });
    expect(webhookReasonText(attendance, "en")).toBe(
      "YCLIENTS visit status: the client did not come — a request goes out only once the client came",
    );
    expect(webhookReasonText(stored("iiko_status", { status: "none" }), "ru")).toBe(
      "Статус заказа iiko «не указан» — ждём Delivered, Closed или Finished",
    );
    expect(webhookReasonText(stored("body_too_large", { limit: 256_000 }), "en")).toBe(
      "The body is longer than 256,000 characters",
    );
  });

  it.each<[string, WebhookReason]>([
    ["Запрос на отзыв поставлен в очередь", { code: "queued", params: { n: 1 } }],
    ["Запросов на отзыв в очереди: 2", { code: "queued", params: { n: 2 } }],
    ["Повторная доставка: запрос на отзыв по этому событию уже есть", { code: "duplicate_event" }],
    ["Повторная доставка: по этому заказу/визиту/сделке запрос уже есть", { code: "duplicate_order" }],
    ["Пропущено", { code: "skipped" }],
    ["Сделка amoCRM закрыта и не реализована (143) — пропущено", { code: "amocrm_lost" }],
    [
      "Сделка amoCRM в статусе не указан — ждём 142 «Успешно реализовано»",
      { code: "amocrm_status", params: { status: "none" } },
    ],
    [
      "Сделка amoCRM в статусе 456 — ждём 142 «Успешно реализовано»",
      { code: "amocrm_status", params: { status: "456" } },
    ],
    [
      "Событие iiko StopListUpdate не обрабатывается (нужно DeliveryOrderUpdate или TableOrderUpdate)",
      { code: "iiko_event", params: { event: "StopListUpdate" } },
    ],
    [
      "Статус заказа R-Keeper «Готовится» — ждём «Выполнен» или «Доставлен»",
      { code: "rkeeper_status", params: { status: "Готовится" } },
    ],
    [
      "Событие YCLIENTS «client» не относится к визиту — пропущено",
      { code: "yclients_event", params: { resource: "client" } },
    ],
    [
      "Статус визита YCLIENTS: клиент не пришёл — запрос отправляем только когда клиент пришёл",
      { code: "yclients_attendance", params: { attendance: "no_show" } },
    ],
    ["Пропущено: в webhook нет телефона клиента", { code: "no_phone" }],
    [
      "Пропущено: Телефон «12345» не распознан",
      { code: "invalid_phone", params: { problem: { code: "phone_unrecognized", params: { text: "12345" } } } },
    ],
    [
      "Пропущено: Номер +78005553535 не мобильный (TOLL_FREE): SMS и WhatsApp не дойдут",
      {
        code: "invalid_phone",
        params: { problem: { code: "phone_not_mobile", params: { number: "+78005553535", type: "TOLL_FREE" } } },
      },
    ],
    ["Тело запроса больше 256000 символов", { code: "body_too_large", params: { limit: 256000 } }],
    ["Body larger than 256000 bytes", { code: "body_too_large_bytes", params: { limit: 256000 } }],
    ["Неподдерживаемый формат тела (Content-Type: не указан)", { code: "unsupported_type", params: { type: "none" } }],
    ["Тело запроса — некорректный JSON", { code: "invalid_json" }],
    [
      "Некорректный webhook iiko: eventInfo: Invalid input",
      { code: "invalid_payload", params: { source: "iiko", detail: "eventInfo: Invalid input" } },
    ],
    ["Текст содержит символ NUL (\\u0000), его нельзя сохранить", { code: "nul_character" }],
  ])("the old text «%s» is read back into its code", (text, code) => {
    expect(stored(text)).toEqual(code);
    // Worded again in Russian it reads as it was (numbers now grouped in the Russian way: "256 000").
    const grouped = text
      .replace("256000 символов", "256\u00a0000 символов")
      .replace("Body larger than 256000 bytes", "Тело запроса больше 256\u00a0000 байт");
    expect(webhookReasonText(stored(text), "ru")).toBe(grouped);
    // Read back, it words in English without a Russian word of ours.
    expect(webhookReasonText(stored(text), "en").replace("Готовится", "")).not.toMatch(/[а-яё]/i);
  });

  it("any other text is kept as it was stored and marked so", () => {
    expect(stored("Пропущено: что-то новое")).toEqual({ code: "stored", params: { text: "Пропущено: что-то новое" } });
    expect(shownWebhookReason({ reason: "Что-то своё", reasonParams: null }, "en")).toEqual({
      reason: "Что-то своё",
      reasonVerbatim: true,
    });
    expect(shownWebhookReason({ reason: null }, "en")).toEqual({ reason: null, reasonVerbatim: false });
  });
});
