import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

// Each rule widened in the fifth round, with a violation it now blocks and a close look-alike that must
// still pass (a false block stops an operator's legitimate reply). Wordings differ from the training sets.
const blocked = (text: string, marketplace: Marketplace = "wildberries") => !checkText({ text, marketplace }).ok;

describe.each([
  [
    "letters joined by dots or dashes read as one word",
    "в-а-т-с-а-п: moda_opt24",
    "Размеры S-M-L-XL в наличии, т.е. все",
  ],
  [
    "the Instagram nickname «запрещёнграм»",
    "Мы в запрещенграме: tkani.opt, загляните",
    "Запрещённые к пересылке товары не отправляем",
  ],
  [
    "a Cyrillic account after a messenger and a colon",
    "тг: шторы_опт",
    "Telegram: 24 часа поддержка бота в приложении, уведомления приходят сразу",
  ],
  [
    "ordering through a messenger",
    "Заказывайте через директ, так проще",
    "Директор склада проверил заказ, он уже в пути",
  ],
  ["a messenger as the better channel", "Лучше в вотсап 👍", "Лучше всего смотреть размер по таблице в карточке"],
  [
    "a messenger account pointed to in the profile",
    "Телеграм указан в шапке профиля",
    "Уведомления из Telegram описаны в описании товара",
  ],
  [
    "asking where to call or write",
    "Подскажите, по какому номеру вам перезвонить?",
    "Подскажите, куда вам доставить заказ?",
  ],
  [
    "asking where to call in English",
    "Where can we call you about the replacement?",
    "Where can we ship the replacement?",
  ],
  ["the shop's own website", "Подробнее о скидках у нас на сайте", "Инструкция есть на сайте производителя"],
  [
    "the shop's own website in English",
    "Browse the full range via our website.",
    "Full catalogue in our Amazon storefront",
  ],
  [
    "pressure with the review named before the verb",
    "Этот отзыв отзовите, пожалуйста, мы всё исправили",
    "Видео-отзыв снимите на телефон и прикрепите к отзыву",
  ],
  [
    "raising a star count named as the rating",
    "Could you bump your 2-star up now that it works?",
    "We updated the 5-star rated kettle's manual",
  ],
])("%s", (_rule, violation, lookAlike) => {
  it(`blocks: ${violation}`, () => expect(blocked(violation)).toBe(true));
  it(`passes: ${lookAlike}`, () => expect(blocked(lookAlike)).toBe(false));
});

describe("numbers and rewards that are expressly not contacts or deals", () => {
  it.each([
    ["Артикул модели 89261234567, назовите его в поддержке", false],
    ["Артикул 4601234, а звоните на 89261234567", true],
    ["Скидку 10% даёт сама площадка за подписку, не за отзыв", false],
    ["Скидку дадим не за подписку, а за оценку 5 звёзд", true],
  ] as const)("%s", (text, violation) => {
    expect(blocked(text, "ozon")).toBe(violation);
  });
});
