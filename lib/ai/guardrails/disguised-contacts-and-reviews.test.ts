import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

const blocked = (text: string, marketplace: Marketplace = "WILDBERRIES") => !checkText({ text, marketplace }).ok;

// One case per class of disguise: a mail provider named in words, "собака" before a handle, an emoji
// inside a messenger's name, slang and transliterated names, a preposition glued to a spaced-out name,
// contacts asked for in the infinitive or pointed to on an insert card, stars to be given back, a score
// named before the verb, a reward for a review that "becomes higher", a refund through the seller's channel.
describe("disguised contacts and review deals are blocked", () => {
  it.each([
    ["мыло ann90 собачка мейл ру", "OZON"],
    ["напиши мне на мыло петров95 собака рамблер", "AVITO"],
    ["телеграм собака moda_shop", "OZON"],
    ["теле💬грам: shop_msk", "WILDBERRIES"],
    ["тэгэ: opt_tkani", "OZON"],
    ["пишите в vatsap, там быстрее", "AVITO"],
    ["пишите мне в в а т с а п, номер в профиле", "WILDBERRIES"],
    ["Как вас найти в телеге?", "OZON"],
    ["можете написать номер вацапа?", "AVITO"],
    ["кинь номер, наберу", "AVITO"],
    ["Номер менеджера есть на вкладыше в коробке, позвоните ему", "OZON"],
    ["Email us directly and we'll sort it out", "AMAZON"],
    ["We can refund you via PayPal right away", "AMAZON"],
    ["Верните пятерку, мы же извинились", "WILDBERRIES"],
    ["Пятерочку поставите — пришлем подарок", "WILDBERRIES"],
    ["ставь 5 звёзд плиз, скину сотку", "AVITO"],
    ["Вернем 100% стоимости если оценка станет выше", "WILDBERRIES"],
    ["Очень просим поправить оценку, это сильно влияет на продажи", "WILDBERRIES"],
    ["Если уберете негатив, сделаем скидку", "WILDBERRIES"],
    ["Happy to offer a partial refund once the 1-star rating is revised", "AMAZON"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(true);
  });
});

describe("their look-alikes pass", () => {
  it.each([
    ["Телеграммы не отправляем, все уведомления приходят в приложение", "WILDBERRIES"],
    ["Вы можете отредактировать отзыв в личном кабинете, если захотите добавить фото", "WILDBERRIES"],
    ["Могу отправить почтой, если нужно, через Ozon", "OZON"],
    ["Мы не можем дать номер телефона курьера, он появится в приложении", "YANDEX_MARKET"],
    ["Хорошо, оставим за вами скидку 10% до конца недели", "WILDBERRIES"],
    ["Добавьте 5 шт в корзину, скидка применится сама", "OZON"],
    ["Деньги вернутся на карту Сбера, с которой оплачивали", "WILDBERRIES"],
    ["Контакты службы доставки в профиле заказа на Wildberries", "WILDBERRIES"],
    ["What app do you use with the camera? It works with most of them", "AMAZON"],
    ["The package should arrive at mail room reception by Friday", "AMAZON"],
    ["Наша собака Rex тоже любит эту игрушку", "OZON"],
  ] as const)("%s", (text, marketplace) => {
    expect(blocked(text, marketplace)).toBe(false);
  });
});
