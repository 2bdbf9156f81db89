import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

const blocked = (text: string, marketplace: Marketplace = "wildberries") => !checkText({ text, marketplace }).ok;

// One case per class of disguise: a mail provider named in words, "собака" before a handle, an emoji
// inside a messenger's name, slang and transliterated names, a preposition glued to a spaced-out name,
// contacts asked for in the infinitive or pointed to on an insert card, stars to be given back, a score
// named before the verb, a reward for a review that "becomes higher", a refund through the seller's channel.
describe("disguised contacts and review deals are blocked", () => {
  it.each([
    ["мыло ann90 собачка мейл ру", "ozon"],
    ["напиши мне на мыло петров95 собака рамблер", "avito"],
    ["телеграм собака moda_shop", "ozon"],
    ["теле💬грам: shop_msk", "wildberries"],
    ["тэгэ: opt_tkani", "ozon"],
    ["пишите в vatsap, там быстрее", "avito"],
    ["пишите мне в в а т с а п, номер в профиле", "wildberries"],
    ["Как вас найти в телеге?", "ozon"],
    ["можете написать номер вацапа?", "avito"],
    ["кинь номер, наберу", "avito"],
    ["Номер менеджера есть на вкладыше в коробке, позвоните ему", "ozon"],
    ["Email us directly and we'll sort it out", "amazon"],
    ["We can refund you via PayPal right away", "amazon"],
    ["Верните пятерку, мы же извинились", "wildberries"],
    ["Пятерочку поставите — пришлем подарок", "wildberries"],
    ["ставь 5 звёзд плиз, скину сотку", "avito"],
    ["Вернем 100% стоимости если оценка станет выше", "wildberries"],
    ["Очень просим поправить оценку, это сильно влияет на продажи", "wildberries"],
    ["Если уберете негатив, сделаем скидку", "wildberries"],
    ["Happy to offer a partial refund once the 1-star rating is revised", "amazon"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(true);
  });
});

describe("their look-alikes pass", () => {
  it.each([
    ["Телеграммы не отправляем, все уведомления приходят в приложение", "wildberries"],
    ["Вы можете отредактировать отзыв в личном кабинете, если захотите добавить фото", "wildberries"],
    ["Могу отправить почтой, если нужно, через Ozon", "ozon"],
    ["Мы не можем дать номер телефона курьера, он появится в приложении", "yandex_market"],
    ["Хорошо, оставим за вами скидку 10% до конца недели", "wildberries"],
    ["Добавьте 5 шт в корзину, скидка применится сама", "ozon"],
    ["Деньги вернутся на карту Сбера, с которой оплачивали", "wildberries"],
    ["Контакты службы доставки в профиле заказа на Wildberries", "wildberries"],
    ["What app do you use with the camera? It works with most of them", "amazon"],
    ["The package should arrive at mail room reception by Friday", "amazon"],
    ["Наша собака Rex тоже любит эту игрушку", "ozon"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(false);
  });
});
