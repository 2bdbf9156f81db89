import { makeFinding, matchAll, sentenceAround, sentences, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding, FindingKind, Marketplace } from "@/lib/ai/types";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

// Deals and contacts routed around the marketplace by class, where no name or number is written:
// - cash on delivery by post, paying in crypto, paying the seller by transfer, cash or in person (on Avito a
//   meeting with cash or a transfer is the platform's normal deal, unless the buyer is told to skip Avito's
//   delivery);
// - bypassing the marketplace («минуя маркетплейс», «без доставки Авито», «оформлять через корзину не надо»,
//   "ship outside the Amazon order"), cancelling an order to be served directly;
// - the shop's own store, site or showroom offered as the better place to buy;
// - a QR code or a "link in the profile" that leads to the seller's chat, a group or a site;
// - sending something to the buyer's e-mail or asking for a contact with the noun first («ваш номер
//   телефона подскажите»).

const COD_RE =
  /(?<![\p{L}])(?:наложенн\p{L}*\s+плат\p{L}*|наложк\p{L}*|налож\p{L}*\s+платеж\p{L}*|cash\s+on\s+delivery)(?![\p{L}])/giu;
const CRYPTO_RE =
  /(?<![\p{L}])(?:(?:оплат\p{L}*|заплат\p{L}*|плат\p{L}*|pay\p{L}*|accept\p{L}*|принима\p{L}*)\s+(?:\S+\s+){0,3}?(?:крипт\p{L}*|usdt|tether|bitcoin|биткоин\p{L}*|btc|eth)|(?:крипт\p{L}*|usdt|bitcoin|биткоин\p{L}*)\s+(?:\S+\s+){0,3}?(?:принима\p{L}*|accepted|скидк\p{L}*|discount|тогда|then))(?![\p{L}])/giu;
// Paid to the seller rather than through the order: «оплата переводом», «оплатите мне при получении»,
// «наличными курьеру нашему», "pay us directly", "wire transfer to our account".
const PAY_SELLER_RE =
  /(?<![\p{L}])(?:(?:оплат\p{L}*|расч[её]т\p{L}*|деньги)\s+(?:\S+\s+){0,2}?(?:переводом|наличн\p{L}*|налом|на\s+руки|мне|нам\s+(?:лично|напрямую|на\s+карту))|оплатите\s+(?:\S+\s+){0,2}?(?:мне|нам)(?![\p{L}])|(?:pay|paying)\s+(?:us|me)\s+(?:directly|in\s+cash|by\s+transfer)|(?:wire|bank)\s+transfer\s+(?:\S+\s+){0,2}?(?:to\s+)?(?:our|my)|invoice\s+you\s+(?:directly|through|via|outside))/giu;
const MARKETPLACE_WORDS =
  "(?:маркетплейс\\p{L}*|площадк\\p{L}*|озон\\p{L}*|ozon|вб|wb|wildberries|вайлдберриз\\p{L}*|яндекс\\p{L}*|маркет\\p{L}*|авито|avito|amazon|амазон\\p{L}*)";
const BYPASS_RE = new RegExp(
  `(?<![\\p{L}])(?:(?:минуя|в\\s+обход|обходя|мимо|вне)\\s+(?:корзин\\p{L}*|приложени\\p{L}*|сайт\\p{L}*|${MARKETPLACE_WORDS})|без\\s+(?:\\p{L}+\\s+)?(?:доставк\\p{L}*\\s+)?${MARKETPLACE_WORDS}|по\\s+прямому\\s+договору|(?:оформлять|оформляйте|заказывать|заказывайте|покупать|заказ|оформление)\\s+(?:\\S+\\s+)?(?:через\\s+(?:корзин\\p{L}*|сайт\\p{L}*|приложени\\p{L}*|площадк\\p{L}*|маркетплейс\\p{L}*)|здесь|тут)\\s+не\\s+(?:надо|нужно|нужен|обязательно|стоит)|(?:возврат|заказ|покупк)\\p{L}*\\s+не\\s+(?:оформляйте|открывайте|создавайте|оформляй)|(?:здесь|тут)\\s+не\\s+(?:заказывайте|оформляйте|покупайте)|(?:don't|do\\s+not)\\s+(?:order|buy|check\\s?out)\\s+(?:it\\s+)?(?:here|on\\s+amazon|through\\s+amazon)|(?:ship|sell|deal)\\p{L}*\\s+(?:\\S+\\s+){0,2}?outside\\s+(?:the\\s+|of\\s+)?(?:amazon|order|platform|marketplace)|bypass\\p{L}*\\s+(?:the\\s+)?(?:amazon|platform|marketplace|checkout|fees?))(?![\\p{L}])`,
  "giu",
);
const CANCEL_RE =
  /(?<![\p{L}])(?:(?:отмените|отмени|отменяйте|отказывайтесь\s+от|откажитесь\s+от|cancel)\s+(?:\S+\s+){0,2}?(?:заказ\p{L}*|покупк\p{L}*|order)|(?:заказ\p{L}*|order)\s+(?:\S+\s+){0,3}?(?:отменяйте|отмените|отмени))(?![\p{L}])/giu;
const SERVED_DIRECTLY_RE =
  /(?<![\p{L}])(?:сам|сама|сами|лично|напрямую|дешевле|сдэк\p{L}*|cdek|почт\p{L}*|наложк\p{L}*|перевод\p{L}*|наш\p{L}*|отлож\p{L}*|придерж\p{L}*|наличн\p{L}*|курьер\p{L}*|directly|myself|ourselves|our\s+own|cash|driver|van|payment\s+link|ship\s+it|send\s+it|invoice|hold\s+it)(?![\p{L}])/iu;

// «По опту работаем только напрямую: договор, предоплата», "happy to sell you the other two directly": a deal
// made directly, not the buyer writing to the marketplace's support directly.
const DIRECT_DEAL_RE = /(?<![\p{L}])(?:напрямую|directly)(?![\p{L}])/iu;
const DEAL_WORDS_RE =
  /(?<![\p{L}])(?:предоплат\p{L}*|расч[её]тн\p{L}*|оплат\p{L}*|договор\p{L}*|счёт\p{L}*|сч[её]т[уа]?|перевод\p{L}*|продад\p{L}*|прода[её]м|продам|отдад\p{L}*|отдам|опт\p{L}*|pay\p{L}*|invoice\p{L}*|transfer|cash|sell|wholesale)(?![\p{L}])/iu;
const SUPPORT_RE = /(?<![\p{L}])(?:поддержк\p{L}*|служб\p{L}*|support|customer\s+service)(?![\p{L}])/iu;
// Money sent by the seller personally: «переведу вам деньги сам», «скину по СБП».
const SELLER_SENDS_RE =
  /(?<![\p{L}])(?:переведу|перевед[её]м|перечислю|перечислим|скину|скинем|кину)\s+(?:\S+\s+){0,3}?(?:сам|сама|сами|лично|напрямую|на\s+карт\p{L}*|по\s+(?:номеру|сбп))(?![\p{L}])/giu;
// A payment link of the seller's own: «оплату примем по ссылке на ЮKassa», "a Stripe payment link".
const PAY_LINK_RE =
  /(?<![\p{L}])(?:(?:оплат\p{L}*|плат[её]ж\p{L}*)\s+(?:\S+\s+){0,3}?по\s+ссылке|ссылк\p{L}*\s+(?:на|для)\s+оплат\p{L}*|payment\s+link|pay(?:ment)?\s+(?:\S+\s+){0,2}?(?:by|via|with)\s+(?:bank|wire)\s+transfer|юkassa|юкасс\p{L}*|yookassa|stripe|robokassa|робокасс\p{L}*|cloudpayments|square\s+(?:invoice|link|payment))(?![\p{L}])/giu;

// The shop's own store named as the better place to buy; not the shop's page on this marketplace («загляните
// в наш магазин» on Wildberries is the shop's storefront there).
const OWN_STORE_RE =
  /(?<![\p{L}])(?:(?:сво\p{L}*|собственн\p{L}*|фирменн\p{L}*|офлайн\p{L}*|розничн\p{L}*|физическ\p{L}*|own|physical|brick-and-mortar)\s+(?:\p{L}+\s+)?(?:интернет-?магазин\p{L}*|онлайн-?магазин\p{L}*|магазин\p{L}*|сайт\p{L}*|store|shop|website|site)|(?:наш\p{L}*|our)\s+(?:\p{L}+\s+)?(?:интернет-?магазин\p{L}*|онлайн-?магазин\p{L}*|пункт\p{L}*\s+самовывоза|pickup\s+point|офлайн-?(?:точк|магазин)\p{L}*|точк\p{L}*\s+продаж|шоу-?рум\p{L}*|салон\p{L}*|бутик\p{L}*|showroom|boutique|website|web\s?shop|online\s+store))(?![\p{L}])/iu;
const STORE_LURE_RE =
  /(?<![\p{L}])(?:дешевле|выгоднее|загляните|приходите|заходите|заберите|возьмите|купить|приобрести|акци\p{L}*|скидк\p{L}*|там|cheaper|visit|come\s+(?:in|by)|pick\s+(?:it\s+)?up|buy\s+it|there)(?![\p{L}])/iu;
// The store is this marketplace's shelf: «в нашем магазине на Wildberries», «в карточке», «в приложении».
const SHELF_RE =
  /(?<![\p{L}])(?:витрин\p{L}*|карточк\p{L}*|приложени\p{L}*|кабинет\p{L}*|storefront|listing)(?![\p{L}])/iu;
const STORE_HERE_RE = new Map<Marketplace, RegExp>();
function storeIsHere(after: string, marketplace: Marketplace): boolean {
  let re = STORE_HERE_RE.get(marketplace);
  if (!re) {
    const name = MARKETPLACE_DESCRIPTORS[marketplace].guardrails.nameWords;
    re = new RegExp(
      `^\\s*(?:на|в|on|at)\\s+(?:этой\\s+|this\\s+)?(?:площадк\\p{L}*|маркетплейс\\p{L}*|${name})(?![\\p{L}])`,
      "iu",
    );
    STORE_HERE_RE.set(marketplace, re);
  }
  return re.test(after);
}
const ON_PLATFORM_RE =
  /(?<![\p{L}])(?:профил[еяь]\s+(?:покупателя|заказа)|из\s+профиля|автоматически|automatically|витрин\p{L}*|карточк\p{L}*|приложени\p{L}*|кабинет\p{L}*|площадк\p{L}*|маркетплейс\p{L}*|storefront|listing)(?![\p{L}])/iu;
const QR_RE = /(?<![\p{L}])(?:qr|кьюар|куар)(?:[\s-]*(?:код\p{L}*|code))?(?![\p{L}])/iu;
const QR_TARGET_RE =
  /(?<![\p{L}])(?:чат\p{L}*|связ\p{L}*|канал\p{L}*|групп\p{L}*|сообществ\p{L}*|поддержк\p{L}*|менеджер\p{L}*|сайт\p{L}*|наш\p{L}*|chat|support|team|channel|group|community|website|directly)(?![\p{L}])/iu;
const QR_PLATFORM_RE =
  /(?<![\p{L}])(?:пункт\p{L}*\s+выдачи|пвз|постамат\p{L}*|курьер\p{L}*|получени\p{L}*|pickup|locker|courier)(?![\p{L}])/iu;
const PROFILE_LINK_RE =
  /(?<![\p{L}])(?:ссылк\p{L}*|link)\s+(?:\S+\s+){0,2}?(?:в|на|in)\s+(?:нашем\s+|our\s+|the\s+)?(?:профил\p{L}*|био|bio|шапк\p{L}*|описани\p{L}*\s+(?:бренда|магазина|профиля|аккаунта)|profile)(?![\p{L}])/giu;
const SEND_TO_CONTACT_RE =
  /(?<![\p{L}])(?:вышл\p{L}*|пришл\p{L}*|отправ\p{L}*|скин\p{L}*|продублир\p{L}*|send|email|forward)\s+(?:\S+\s+){0,3}?(?:на\s+(?:(?:вашу|ваш|твою|твой|личн\p{L}*)\s+)?(?:электронк\p{L}*|почт[уы](?!\s+росси)|e-?mail|мейл|имейл|мыло|ватсап|вотсап|whats\s?app|телефон)|to\s+your\s+(?:personal\s+)?(?:e-?mail|inbox|phone|whats\s?app))(?![\p{L}])/giu;
const CONTACT_FIRST_RE =
  /(?<![\p{L}])(?:можно|могу\s+(?:я\s+)?(?:узнать|попросить))\s+(?:ваш|твой|вашу|твою)\p{L}*\s+(?:номер|телефон|почту|e-?mail|ватсап|вотсап|телеграм|тг|контакт)\p{L}*|(?:ваш|вашу|свой|свою|твой|твою|личн\p{L}*)\s+(?:номер(?:\s+телефона)?|телефон|мобильн\p{L}*|e-?mail|почту|электронк\p{L}*|ватсап|вотсап|телеграм|тг|контакт\p{L}*)\s+(?:\S+\s+){0,1}?(?:подскажите|напишите|оставьте|пришлите|скиньте|продиктуйте|укажите|сообщите|дайте|скажите)(?![\p{L}])|(?:reply|respond)\s+with\s+your\s+(?:\S+\s+)?(?:e-?mail|phone|number|contact)/giu;

const AVITO_DELIVERY_SKIPPED_RE = /(?<![\p{L}])без\s+(?:доставк\p{L}*\s+)?(?:авито|avito)(?![\p{L}])/iu;

const OWN_NAME_RE = new Map<Marketplace, RegExp>();
function ownMarketplaceNamed(sentence: string, marketplace: Marketplace): boolean {
  let re = OWN_NAME_RE.get(marketplace);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${MARKETPLACE_DESCRIPTORS[marketplace].guardrails.nameWords})(?![\\p{L}])`, "iu");
    OWN_NAME_RE.set(marketplace, re);
  }
  return re.test(sentence);
}

export const detectDealsAround: Detector = ({ text, marketplace }) => {
  const findings: Finding[] = [];
  const block = (kind: FindingKind, start: number, end: number) =>
    findings.push(makeFinding({ kind, severity: "block", text, start, end }));
  for (const re of [COD_RE, CRYPTO_RE, BYPASS_RE])
    for (const { start, end } of matchAll(re, text)) block("off_platform", start, end);
  for (const { start, end } of matchAll(CANCEL_RE, text))
    if (SERVED_DIRECTLY_RE.test(sentenceAround(text, start, end))) block("off_platform", start, end);
  for (const re of [SELLER_SENDS_RE, PAY_LINK_RE])
    for (const { start, end } of matchAll(re, text))
      if (!ownMarketplaceNamed(sentenceAround(text, start, end), marketplace)) block("payment", start, end);
  const avitoDeal =
    MARKETPLACE_DESCRIPTORS[marketplace].guardrails.inPersonDeals && !AVITO_DELIVERY_SKIPPED_RE.test(text);
  if (!avitoDeal)
    for (const { start, end } of matchAll(PAY_SELLER_RE, text))
      if (!QR_PLATFORM_RE.test(sentenceAround(text, start, end))) block("payment", start, end);
  for (const { start, match } of sentences(text)) {
    const sentence = match[0];
    const store = OWN_STORE_RE.exec(sentence);
    if (
      store &&
      STORE_LURE_RE.test(sentence) &&
      !SHELF_RE.test(sentence) &&
      !storeIsHere(sentence.slice(store.index + store[0].length), marketplace)
    )
      block("off_platform", start + store.index, start + store.index + store[0].length);
    const direct = DIRECT_DEAL_RE.exec(sentence);
    if (direct && DEAL_WORDS_RE.test(sentence) && !SUPPORT_RE.test(sentence))
      block("off_platform", start + direct.index, start + direct.index + direct[0].length);
    const qr = QR_RE.exec(sentence);
    if (qr && QR_TARGET_RE.test(sentence) && !QR_PLATFORM_RE.test(sentence))
      block("contact_request", start + qr.index, start + qr.index + qr[0].length);
  }
  for (const re of [PROFILE_LINK_RE, SEND_TO_CONTACT_RE, CONTACT_FIRST_RE])
    for (const { start, end } of matchAll(re, text)) {
      // «Чек WB отправляет на почту из профиля»: the marketplace's own mail, not the seller's.
      const sentence = sentenceAround(text, start, end);
      if (re !== CONTACT_FIRST_RE && (ownMarketplaceNamed(sentence, marketplace) || ON_PLATFORM_RE.test(sentence)))
        continue;
      block("contact_request", start, end);
    }
  return findings;
};
