import { describe, expect, it } from "vitest";
import { checkText } from "@/lib/ai/guardrails/check-text";
import { warmUpGuardrailsBeforeAll } from "@/lib/ai/testing/warm-up-guardrails";
import type { Marketplace } from "@/lib/ai/types";

warmUpGuardrailsBeforeAll();

// Each class of rule added in the seventh round, with a violation it blocks and a close look-alike that
// must still pass. Wordings differ from the training sets.
const blocked = (text: string, marketplace: Marketplace = "wildberries") => !checkText({ text, marketplace }).ok;

describe.each([
  [
    "a threat next to a review",
    "За такой отзыв будем разговаривать через адвоката",
    "Искренне благодарим за отзыв, учтём замечание",
  ],
  ["a threat in the next sentence", "Ваш отзыв — неправда. Готовим иск", "Ваш отзыв передан на склад. Проверим партию"],
  [
    "a gift in the sentence that names a review",
    "Фотоотзыв — и сертификат на 300 ₽ ваш",
    "Сертификат на 300 ₽ можно купить в карточке магазина",
  ],
  [
    "a trade of a review for points",
    "Вы нам отзывчик, мы вам бонусы на счёт",
    "Вы нам написали отзыв — мы вам очень признательны",
  ],
  [
    "agreeing the review's text with the seller",
    "Текст отзыва сначала согласуйте с менеджером",
    "Отзыв публикуется после проверки модерацией",
  ],
  [
    "gating reviews",
    "Не спешите ставить низкую оценку, сначала напишите нам",
    "Оценку ставьте такую, какую считаете честной",
  ],
  [
    "removing it right after the review",
    "Отзыв ваш нас огорчил. Удалите его",
    "Спасибо за отзыв! Если размер не подошёл, оформите возврат",
  ],
  ["a five-star review expected", "Рассчитываем на ваш отзыв на 5 звёзд", "Спасибо за отзыв на 5 звёзд!"],
  ["cash on delivery by post", "Можем выслать наложкой, так надёжнее", "Оплата при получении доступна в пункте выдачи"],
  ["crypto", "Оплатить можно и в USDT, сделаем скидку", "Цена указана в рублях, с учётом скидки площадки"],
  ["bypassing the marketplace", "Давайте в обход Озона, без наценки", "Отправка со склада Ozon в течение суток"],
  [
    "cancelling to be served directly",
    "Отмените заказ — привезу сам вечером",
    "Отмените заказ в личном кабинете, если передумали",
  ],
  [
    "the shop's own store",
    "В нашем шоуруме эта куртка дешевле, приходите",
    "В нашем магазине на Wildberries есть и другие цвета",
  ],
  [
    "a QR code to the seller's chat",
    "Наведите камеру на QR на бирке — попадёте в наш чат",
    "Покажите QR-код сотруднику пункта выдачи",
  ],
  ["a link in the profile", "Каталог целиком — по ссылке в профиле", "Каталог целиком — в карточке магазина"],
  [
    "sending to the buyer's e-mail",
    "Гарантийный талон продублируем на вашу электронку",
    "Гарантийный талон лежит в коробке с товаром",
  ],
  [
    "the contact named before the request",
    "Свой номер телефона подскажите, курьер наберёт",
    "Номер заказа подскажите, проверим статус",
  ],
  [
    "a deal made directly",
    "Оптом продаём напрямую, по договору и с предоплатой",
    "Вопрос можно задать напрямую в поддержку Ozon",
  ],
  [
    "money sent by the seller personally",
    "Возврат не оформляйте, деньги переведу сам",
    "Деньги вернутся на карту после приёмки возврата",
  ],
  [
    "a payment link of the seller's own",
    "Оплату можно внести по ссылке, пришлём в ответ",
    "Оплата проходит при оформлении заказа",
  ],
  [
    "the shop's own store compared to the marketplace",
    "В нашем салоне на Тверской дешевле, чем на маркетплейсе",
    "В нашем магазине на Ozon есть и другие цвета",
  ],
  ["softening a review", "Смягчите, пожалуйста, тон — мы всё исправим", "Мы смягчили ткань новой пропиткой"],
  [
    "hiding a photo in a review",
    "Спрячьте фото из отзыва, там старая партия",
    "Фото из отзыва помогло найти брак в партии",
  ],
  [
    "a low score as a condition",
    "Если поставите ниже четырёх звёзд, гарантию не дадим",
    "Если товар не подошёл, оформите возврат",
  ],
  ["guilt over a score", "Из-за вашей оценки магазин могут закрыть", "Из-за праздников доставка идёт на день дольше"],
  [
    "a review gone as the condition",
    "Пока отзыв висит, замену не отправим",
    "Замену отправим, как только товар вернётся на склад",
  ],
  [
    "a reward linked to a review in words",
    "В обмен на отзыв — чехол в подарок",
    "Чехол в подарок ко всем заказам до пятницы",
  ],
] as const)("%s", (_rule, violation, lookAlike) => {
  it(`blocks: ${violation}`, () => expect(blocked(violation, "ozon")).toBe(true));
  it(`passes: ${lookAlike}`, () => expect(blocked(lookAlike, "ozon")).toBe(false));
});

describe("a marketplace's own deals and features", () => {
  it.each([
    ["Встретимся у метро, оплата наличными при встрече", "avito", false],
    ["Без доставки Авито, оплата переводом — так быстрее", "avito", true],
    ["Оплата переводом, отправлю сам", "wildberries", true],
    ["Smartwatch shows WhatsApp notifications on the wrist", "amazon", false],
    ["Message us on WhatsApp for faster replies", "amazon", true],
  ] as const)("%s (%s)", (text, marketplace, violation) => {
    expect(blocked(text, marketplace)).toBe(violation);
  });
});
