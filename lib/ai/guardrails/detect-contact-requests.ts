import { makeFinding, matchAll, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

// Asking the buyer for a phone, e-mail or messenger account moves the conversation off the platform
// just as surely as giving one's own: "оставьте ваш номер", "напишите свою почту", "send us your email".
// A question about the order number is the platform's business and is left alone.
const CONTACT_RU =
  "(?:номер(?:ок|а|ом)?(?!\\s+(?:заказа|отправлени|возврата|артикула|постамата|пункта|ячейки))(?:\\s+(?:телефона|мобильного|для\\s+связи|в\\s+\\S+))?|телефон\\p{L}*|мобильн\\p{L}*|почт[уаы]|электронн\\p{L}*\\s+почт\\p{L}*|адрес\\s+(?:электронной\\s+)?почты|e-?mail\\p{L}*|имейл\\p{L}*|емейл\\p{L}*|мейл\\p{L}*|ник\\p{L}*|контакт\\p{L}*|whats\\s?app|ватсап\\p{L}*|вотсап\\p{L}*|телеграм\\p{L}*|телег\\p{L}*|тг|вайбер\\p{L}*|viber|аккаунт\\p{L}*)";
const ASK_RU =
  "(?:оставь(?:те)?|напиши(?:те)?|пришли(?:те)?|скинь(?:те)?|кинь(?:те)?|дай(?:те)?|продиктуй(?:те)?|укажи(?:те)?|сообщи(?:те)?|скажи(?:те)?|отправь(?:те)?|подскажи(?:те)?|черкни(?:те)?|поделитесь|какой|какая|какие|(?:можете|можешь|могли\\s+бы|не\\s+могли\\s+бы|прошу|просим|попрошу)\\s+(?:\\p{L}+\\s+)?(?:оставить|написать|прислать|скинуть|кинуть|дать|продиктовать|указать|сообщить|сказать|отправить|поделиться))";
const REQUEST_RU_RE = new RegExp(
  `(?<![\\p{L}])${ASK_RU}[\\s,]+(?:(?:пожалуйста|нам|мне|у\\s+вас|ваш\\p{L}*|сво\\p{L}*|контактн\\p{L}*|личн\\p{L}*|актуальн\\p{L}*|мобильн\\p{L}*)[\\s,]+){0,4}${CONTACT_RU}(?![\\p{L}])`,
  "giu",
);
const CONTACT_EN =
  "(?:(?:phone|mobile|cell|whats\\s?app|telegram|viber|signal)(?:\\s+number)?|number|e-?mail(?:\\s+address)?|contact\\s+(?:details|info\\p{L}*|number)|(?:personal|private)\\s+(?:e-?mail|number|contact\\p{L}*))";
const REQUEST_EN_RE = new RegExp(
  `(?<![\\p{L}])(?:send|give|leave|share|provide|tell|text|drop|write|what\\s+is|what's)\\s+(?:(?:us|me|over)\\s+)?(?:(?:your|a|the)\\s+)?(?:(?:personal|private|direct|best)\\s+)?${CONTACT_EN}(?![\\p{L}])`,
  "giu",
);

// Asking where to call or write without naming the contact: "Куда вам позвонить?", "По какому номеру вам
// набрать?", "Where can I text you?". "Куда вам отправить заказ?" asks for a delivery address and passes.
const WHERE_TO_RE =
  /(?<![\p{L}])(?:куда|по\s+какому\s+(?:номеру|телефону)|на\s+как(?:ой|ую)\s+(?:номер|почту))\s+(?:вам|тебе)\s+(?:можно\s+|лучше\s+)?(?:позвонить|звонить|перезвонить|набрать|написать|писать|отписаться)(?![\p{L}])|(?<![\p{L}])(?:where|how)\s+(?:can|should|do)\s+(?:i|we)\s+(?:call|text|phone|ring|email|e-mail)\s+you(?![\p{L}])/giu;

// "как с вами связаться кроме чата?", "есть другой способ связи?", "how can we reach you outside Amazon?"
const OTHER_CHANNEL_RE =
  /(?:связ\p{L}*|общ\p{L}*|переписыва\p{L}*|созвон\p{L}*|reach|contact|talk)\s+(?:\S+\s+){0,3}?(?:кроме|помимо|вне|вместо|минуя|outside|other\s+than|instead\s+of|off)\s+(?:\S+\s+)?(?:чата|чат|площадк\p{L}*|маркетплейс\p{L}*|сайт\p{L}*|amazon|the\s+(?:chat|platform|marketplace|messaging))|(?:друг\p{L}*|иной|личн\p{L}*)\s+(?:способ\p{L}*\s+)?(?:связ[иь]|контакт\p{L}*)/giu;

// Contacts pointed to rather than written: "контакты на визитке в посылке", "номер менеджера на вкладыше",
// "our contact details are on the insert card", "email us directly". A profile on the marketplace or in its
// app ("контакты службы доставки в профиле заказа на Wildberries") is the platform's own.
const POINTER_RU_RE =
  /(?<![\p{L}])(?:контакт\p{L}*|номер\p{L}*\s+(?:телефона|менеджера|магазина|для\s+связи)|телефон\p{L}*\s+(?:менеджера|магазина|для\s+связи)|почт[аы]\s+(?:менеджера|магазина)|наш\p{L}*\s+(?:номер|телефон|почт\p{L}*))\s+(?:\S+\s+){0,2}?(?:на|в)\s+(?:визитк\p{L}*|вкладыш\p{L}*|открытк\p{L}*|листовк\p{L}*|профил\p{L}*|био|шапк\p{L}*)(?![^.!?\n]*(?:wildberries|(?<![\p{L}])(?:wb|вб)(?![\p{L}])|ozon|озон|маркет|market|авито|avito|amazon|приложени\p{L}*|личн\p{L}*\s+кабинет\p{L}*))/giu;
const POINTER_EN_RE =
  /(?<![\p{L}])(?:(?:our|my)\s+(?:contact\s+(?:details|info\p{L}*)|phone\s+number|number|e-?mail(?:\s+address)?)\s+(?:is|are)\s+(?:on|in)\s+(?:the\s+)?(?:insert|card|flyer|leaflet|profile|bio|package|box)|(?:e-?mail|call|text|message|contact|reach|phone|ring|whats\s?app)\s+(?:us|me)\s+(?:directly|privately|personally|outside))/giu;

export const detectContactRequests: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const re of [REQUEST_RU_RE, REQUEST_EN_RE, WHERE_TO_RE, OTHER_CHANNEL_RE, POINTER_RU_RE, POINTER_EN_RE]) {
    for (const { start, end } of matchAll(re, text)) {
      findings.push(makeFinding({ kind: "contact_request", severity: "block", text, start, end }));
    }
  }
  return findings;
};
