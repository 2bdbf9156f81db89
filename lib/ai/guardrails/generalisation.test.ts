import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

// Wordings the rules were not written from: each category of the rules (contacts, messengers, sites,
// payment around the marketplace, rewards and pressure about reviews) in other words and disguises.
const blocked = (text: string, marketplace: Marketplace = "WILDBERRIES") => !checkText({ text, marketplace }).ok;

describe("violations in other words and disguises are blocked", () => {
  it.each([
    ["Мой инст: lena.handmade — там больше фото", "WILDBERRIES"],
    ["Есть телега? Кину видео сборки", "OZON"],
    ["Все модели есть на нашем сайте, заходите", "YANDEX_MARKET"],
    ["Ищите нас в яндексе по названию бренда", "OZON"],
    ["Переведите оплату через ЮMoney, так быстрее", "AVITO"],
    ["Pay with Venmo and I'll ship today", "AMAZON"],
    ["Поставите пятёрочку — положим в заказ сюрприз", "WILDBERRIES"],
    ["If you could bump your rating up we'd appreciate it", "AMAZON"],
    ["Отредактируйте, пожалуйста, отзыв — проблема решена", "OZON"],
    ["За оценку 5 звёзд вернём 10% стоимости", "YANDEX_MARKET"],
    ["Как с вами связаться кроме чата? Нужно уточнить адрес", "WILDBERRIES"],
    ["ｔｇ: ａｎｎａ＿ｓｈｏｐ", "WILDBERRIES"],
    ["Номер: 8️⃣9️⃣9️⃣9️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣", "OZON"],
    ["пишите: opt.tkani 🐶 yandex 🔹 ru", "WILDBERRIES"],
    ["Telegram: annashop", "AVITO"],
    ["Видео распаковки на нашем ютуб канале, подписывайтесь", "WILDBERRIES"],
    ["Можем перевести деньги вам напрямую, минуя возврат", "OZON"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(true);
  });

  it("names the rule and the words in Russian and English", () => {
    const { findings } = checkText({ text: "Есть телега? Кину видео сборки", marketplace: "OZON" });
    const finding = findings.find((f) => f.severity === "block")!;
    expect(finding.match.toLowerCase()).toContain("телега");
    expect(finding.message).toMatch(/мессенджер/i);
    expect(finding.messageEn).toMatch(/messenger/i);
  });
});

describe("close look-alikes pass", () => {
  it.each([
    ["Пишите в чат заказа — ответим в течение часа", "WILDBERRIES"],
    ["Будем рады вашему отзыву после примерки", "OZON"],
    ["Часы показывают уведомления из WhatsApp и Telegram", "YANDEX_MARKET"],
    ["Скидка 10% на второй товар в корзине — это акция маркетплейса", "WILDBERRIES"],
    ["Thanks for the 5 stars!", "AMAZON"],
    ["We never ask anyone to change a review; your refund is already processed.", "AMAZON"],
    ["Мы не просим менять отзыв, просто хотим помочь", "OZON"],
    ["Собака на вышивке — фирменный знак бренда", "WILDBERRIES"],
    ["Есть в наличии размеры 42 и 44", "WILDBERRIES"],
    ["Вес 1.5 кг, длина кабеля 1.8 м", "YANDEX_MARKET"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(false);
  });
});
