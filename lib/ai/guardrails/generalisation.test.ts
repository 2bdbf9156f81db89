import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

// Wordings the rules were not written from: each category of the rules (contacts, messengers, sites,
// payment around the marketplace, rewards and pressure about reviews) in other words and disguises.
const blocked = (text: string, marketplace: Marketplace = "wildberries") => !checkText({ text, marketplace }).ok;

describe("violations in other words and disguises are blocked", () => {
  it.each([
    ["Мой инст: lena.handmade — там больше фото", "wildberries"],
    ["Есть телега? Кину видео сборки", "ozon"],
    ["Все модели есть на нашем сайте, заходите", "yandex_market"],
    ["Ищите нас в яндексе по названию бренда", "ozon"],
    ["Переведите оплату через ЮMoney, так быстрее", "avito"],
    ["Pay with Venmo and I'll ship today", "amazon"],
    ["Поставите пятёрочку — положим в заказ сюрприз", "wildberries"],
    ["If you could bump your rating up we'd appreciate it", "amazon"],
    ["Отредактируйте, пожалуйста, отзыв — проблема решена", "ozon"],
    ["За оценку 5 звёзд вернём 10% стоимости", "yandex_market"],
    ["Как с вами связаться кроме чата? Нужно уточнить адрес", "wildberries"],
    ["ｔｇ: ａｎｎａ＿ｓｈｏｐ", "wildberries"],
    ["Номер: 8️⃣9️⃣9️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣", "ozon"],
    ["пишите: opt.tkani 🐶 yandex 🔹 ru", "wildberries"],
    ["Telegram: annashop", "avito"],
    ["Видео распаковки на нашем ютуб канале, подписывайтесь", "wildberries"],
    ["Можем перевести деньги вам напрямую, минуя возврат", "ozon"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(true);
  });

  it("names the rule and the words in Russian and English", () => {
    const { findings } = checkText({ text: "Есть телега? Кину видео сборки", marketplace: "ozon" });
    const finding = findings.find((f) => f.severity === "block")!;
    expect(finding.match.toLowerCase()).toContain("телега");
    expect(finding.message).toMatch(/мессенджер/i);
    expect(finding.messageEn).toMatch(/messenger/i);
  });
});

describe("close look-alikes pass", () => {
  it.each([
    ["Пишите в чат заказа — ответим в течение часа", "wildberries"],
    ["Будем рады вашему отзыву после примерки", "ozon"],
    ["Часы показывают уведомления из WhatsApp и Telegram", "yandex_market"],
    ["Скидка 10% на второй товар в корзине — это акция маркетплейса", "wildberries"],
    ["Thanks for the 5 stars!", "amazon"],
    ["We never ask anyone to change a review; your refund is already processed.", "amazon"],
    ["Мы не просим менять отзыв, просто хотим помочь", "ozon"],
    ["Собака на вышивке — фирменный знак бренда", "wildberries"],
    ["Есть в наличии размеры 42 и 44", "wildberries"],
    ["Вес 1.5 кг, длина кабеля 1.8 м", "yandex_market"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(false);
  });
});
