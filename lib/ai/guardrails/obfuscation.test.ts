import { describe, expect, it } from "vitest";
import { canonicalText, originalSpan } from "@/lib/ai/guardrails/canonical-text";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

const blocking = (text: string, marketplace: Marketplace = "wildberries") =>
  checkText({ text, marketplace }).findings.filter((f) => f.severity === "block");

describe("canonicalText", () => {
  it.each([
    ["смотрите на m a g a z i n . r u", "смотрите на magazin.ru"],
    ["сайт о д е ж д а - о п т . р ф", "сайт одежда-опт.рф"],
    ["наш сайт krasivo точка ком", "наш сайт krasivo.com"],
    ["почта olga (at) mail (dot) ru", "почта olga@mail.ru"],
    ["в поиске tovary-optom ✨ ru", "в поиске tovary-optom.ru"],
    ["заходите на рrofi-shop.ru", "заходите на profi-shop.ru"],
  ])("%s -> %s", (text, expected) => {
    expect(canonicalText(text).text).toBe(expected);
  });

  it("keeps ordinary sentences as they are", () => {
    for (const text of [
      "Thanks. Me too",
      "Точка выдачи рядом с метро",
      "Размеры S, M, L",
      "Собака на фото не входит в комплект",
    ]) {
      expect(canonicalText(text).text).toBe(text);
    }
  });

  it("maps a span of the canonical text back to the words as written", () => {
    const text = "сайт: m a g a z i n . r u, заходите";
    const canonical = canonicalText(text);
    const at = canonical.text.indexOf("magazin.ru");
    const { start, end } = originalSpan(canonical, at, at + "magazin.ru".length);
    expect(text.slice(start, end)).toBe("m a g a z i n . r u");
  });
});

describe("checkText sees through obfuscation", () => {
  it.each<[string, string, Marketplace?]>([
    ["Полный каталог на w w w . m o d a . r u", "link"],
    ["Пишите на ящик manager собачка yandex точка ру", "email"],
    ["reach me: mike [at] outlook [dot] com", "email", "amazon"],
    ["Ищите: odezhda🔹com", "link"],
    ["Больше фото на shоp-style.ru", "link"],
    ["Телега: opt_moda24", "handle"],
    ["Наш канал в макс: moda_dom", "messenger"],
    ["Мы есть в Max — ищите «Модный дом»", "messenger"],
    ["вайбер есть? там удобнее", "messenger"],
    ["Add me on WhatsApp", "messenger", "amazon"],
    ["Оставьте номер телефона, мы с вами свяжемся", "contact_request"],
    ["Напишите вашу электронную почту, отправим каталог", "contact_request"],
    ["Please send us your email so we can follow up", "contact_request", "amazon"],
    ["Оставьте отзыв на 5 и получите кешбэк 200 рублей", "review_reward"],
    ["We will refund the shipping if you leave a positive review", "review_reward", "amazon"],
    ["Удалите, пожалуйста, отзыв — мы уже всё исправили", "review_pressure"],
    ["Please remove your review, it is hurting our business", "review_pressure", "amazon"],
    ["Можно оформить у нас без маркетплейса, так дешевле", "off_platform"],
    ["Мы и на Авито продаём, там дешевле", "off_platform", "ozon"],
  ])("blocks %s (%s)", (text, kind, marketplace) => {
    const found = blocking(text, marketplace);
    expect(found.map((f) => f.kind)).toContain(kind);
    for (const f of found) {
      expect(text.slice(f.start, f.end)).toBe(f.match);
      expect(f.messageEn).toMatch(/[a-z]/);
    }
  });

  it.each<[string, Marketplace?]>([
    ["Напишите, пожалуйста, в чат маркетплейса, мы ответим в течение дня"],
    ["Подскажите номер заказа, мы проверим статус"],
    ["Размер 42.5 соответствует длине стопы 27.5 см"],
    ["Точка выдачи работает с 9:00 до 21:00"],
    ["Ручная тележка для сумок грузоподъёмностью 40 кг"],
    ["Макс. мощность 1800 Вт"],
    ["Кружка с надписью «Макс» доступна в трёх цветах"],
    ["Спасибо за оценку 5 звёзд! Рады, что платье понравилось"],
    ["Вы можете дополнить отзыв фотографией, если захотите"],
    ["Если товар не подошёл, оформите возврат в приложении — деньги вернутся на карту. Спасибо за отзыв!"],
    ["Мы на Авито: оформляйте покупку через Авито Доставку", "avito"],
    ["Sorry about that. You can request a refund from Your Orders on Amazon", "amazon"],
  ])("passes %s", (text, marketplace = "wildberries") => {
    expect(checkText({ text, marketplace }).ok).toBe(true);
  });
});
