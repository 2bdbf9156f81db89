import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Finding, Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

function blocks(text: string, marketplace: Marketplace = "wildberries"): Finding[] {
  return checkText({ text, marketplace }).findings.filter((f) => f.severity === "block");
}

// Every finding must point at the text it reports, so the composer can highlight it.
function expectSpans(text: string, findings: Finding[]) {
  for (const f of findings) {
    expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(f.message.length).toBeGreaterThan(10);
  }
}

describe("checkText: contacts and links", () => {
  it.each<[string, string, string]>([
    ["Подробности на https://example-shop.ru/sale", "link", "https://example-shop.ru/sale"],
    ["Заходите: best-socks.online", "link", "best-socks.online"],
    ["Сайт: носки-опт.рф", "link", "носки-опт.рф"],
    ["Адрес: socks точка ру", "link", "socks точка ру"],
    ["Каталог: socks[.]com", "link", "socks[.]com"],
    ["Пишите: olga@socks.ru", "email", "olga@socks.ru"],
    ["Почта olga собака socks точка ru", "email", "olga собака socks точка ru"],
    ["Звоните +7 (921) 000-12-34", "phone", "+7 (921) 000-12-34"],
    ["Номер 8 921 000 12 34", "phone", "8 921 000 12 34"],
    [
      "восемь девятьсот двадцать один ноль ноль ноль двенадцать тридцать четыре",
      "phone",
      "восемь девятьсот двадцать один ноль ноль ноль двенадцать тридцать четыре",
    ],
    ["Наберите 8 92l OOO l2 34", "phone", "8 92l OOO l2 34"],
    // Ten digits without the trunk prefix: only the spelling gives it away.
    [
      "девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
      "phone",
      "девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь",
    ],
    ["Пишите 9l6OOO1234", "phone", "9l6OOO1234"],
    ["Наш ник @socks_msk", "handle", "@socks_msk"],
    ["Напишите нам в вотсапп, ответим", "messenger", "вотсапп"],
    ["Карта 2200 1234 5678 9010", "payment", "2200 1234 5678 9010"],
    ["Лучше переведите на карту, так без комиссии", "payment", "переведите на карту"],
    ["Промокод NOSKI15 на нашем сайте", "promo_code", "Промокод NOSKI15"],
    ["Поставьте, пожалуйста, пять звёзд", "rating_request", "Поставьте, пожалуйста, пять"],
  ])("blocks %s", (text, kind, match) => {
    const found = blocks(text);
    expect(found.map((f) => [f.kind, f.match])).toContainEqual([kind, match]);
    expectSpans(text, checkText({ text, marketplace: "wildberries" }).findings);
    expect(checkText({ text, marketplace: "ozon" }).ok).toBe(false);
  });

  it.each([
    "Ваш заказ 1234567890 будет в пункте выдачи 12.04.2026 после 14:00.",
    "Артикул 987654321, размеры 42-44 и 46-48, цена 1 990 ₽.",
    "Отправление 47873153-0052-1 передано в доставку.",
    "Скидка 20% до 31.12, т.е. ещё неделю, и т.д.",
    "Спасибо за 5 звёзд! Будем рады, если вы обновите отзыв после примерки.",
    "Деньги вернутся на карту, с которой вы оплачивали заказ.",
    "Код для получения в постамате 4821 придёт в приложении.",
    "Промокоды площадки применяются при оформлении заказа.",
    "Телефон в отличном состоянии, аккумулятор 91%.",
    "Штрихкод 4601234567890, ОГ 96 см, рост 170-176.",
  ])("passes %s", (text) => {
    expect(checkText({ text, marketplace: "wildberries" }).ok).toBe(true);
  });

  it("reports an e-mail once, not also as a domain and a handle", () => {
    const { findings } = checkText({ text: "Пишите на olga@socks.ru", marketplace: "wildberries" });
    expect(findings.map((f) => f.kind)).toEqual(["email"]);
  });

  it("only flags an unlabelled ten-digit number starting with 9, and ignores it when labelled as an order", () => {
    expect(checkText({ text: "Проверьте 9261234567", marketplace: "wildberries" }).findings).toMatchObject([
      { kind: "phone", severity: "flag" },
    ]);
    expect(checkText({ text: "Заказ № 9261234567 отправлен", marketplace: "wildberries" }).findings).toEqual([]);
  });

  it("flags a mention of a messenger but blocks an invitation to it", () => {
    expect(checkText({ text: "У нас нет телеграма.", marketplace: "ozon" })).toMatchObject({
      ok: true,
      findings: [{ kind: "messenger", severity: "flag" }],
    });
    expect(checkText({ text: "Ищите нас в телеграме", marketplace: "ozon" }).ok).toBe(false);
  });
});

describe("checkText: marketplace rules", () => {
  it("flags a link to the marketplace itself but blocks it on Amazon", () => {
    expect(checkText({ text: "См. ozon.ru/my/orders", marketplace: "ozon" })).toMatchObject({
      ok: true,
      findings: [{ kind: "link", severity: "flag" }],
    });
    expect(checkText({ text: "See amazon.com/your-orders", marketplace: "amazon" }).ok).toBe(false);
  });

  it("blocks HTML on Amazon only", () => {
    expect(blocks("<b>Thank you</b> for your order", "amazon").map((f) => f.kind)).toContain("html");
    expect(checkText({ text: "<b>Спасибо</b>", marketplace: "avito" }).ok).toBe(true);
  });

  it.each<[Marketplace, number]>([
    ["wildberries", 1000],
    ["ozon", 1000],
    ["avito", 1000],
    ["yandex_market", 4096],
    ["amazon", 2000],
  ])("enforces the %s chat limit of %i characters", (marketplace, limit) => {
    expect(checkText({ text: "а".repeat(limit), marketplace }).ok).toBe(true);
    const over = checkText({ text: "а".repeat(limit + 5), marketplace });
    expect(over.ok).toBe(false);
    expect(over.findings).toMatchObject([{ kind: "length", start: limit, end: limit + 5 }]);
  });

  it("uses the Amazon limit of the message type and the Wildberries review limit", () => {
    const text = "a".repeat(500);
    expect(checkText({ text, marketplace: "amazon", messageType: "digitalAccessKey" }).ok).toBe(false);
    expect(checkText({ text, marketplace: "amazon", messageType: "confirmCustomizationDetails" }).ok).toBe(true);
    expect(checkText({ text: "а".repeat(3000), marketplace: "wildberries", messageType: "review" }).ok).toBe(true);
    expect(checkText({ text: "а".repeat(3000), marketplace: "wildberries", messageType: "chat" }).ok).toBe(false);
  });

  it("counts an emoji as one character, as the marketplaces do", () => {
    const text = "🙂".repeat(1000);
    expect(text.length).toBe(2000);
    expect(checkText({ text, marketplace: "avito" }).ok).toBe(true);
    const over = checkText({ text: `${text}🙂`, marketplace: "avito" });
    expect(over.findings[0]).toMatchObject({ kind: "length", start: 2000, end: 2002, match: "🙂" });
  });
});
