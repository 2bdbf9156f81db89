import { makeFinding, matchAll, type Detector } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

// Asking the buyer for a phone, e-mail or messenger account moves the conversation off the platform
// just as surely as giving one's own: "оставьте ваш номер", "напишите свою почту", "send us your email".
// A question about the order number is the platform's business and is left alone.
const CONTACT_RU =
  "(?:номер(?:ок|а)?(?!\\s+(?:заказа|отправлени|возврата|артикула|постамата|пункта|ячейки))(?:\\s+(?:телефона|мобильного|для\\s+связи|в\\s+\\S+))?|телефон\\p{L}*|мобильн\\p{L}*|почт[уаы]|электронн\\p{L}*\\s+почт\\p{L}*|адрес\\s+(?:электронной\\s+)?почты|e-?mail\\p{L}*|имейл\\p{L}*|емейл\\p{L}*|мейл\\p{L}*|ник\\p{L}*|контакт\\p{L}*|whats\\s?app|ватсап\\p{L}*|вотсап\\p{L}*|телеграм\\p{L}*|телег\\p{L}*|тг|вайбер\\p{L}*|viber|аккаунт\\p{L}*)";
const ASK_RU =
  "(?:оставь(?:те)?|напиши(?:те)?|пришли(?:те)?|скинь(?:те)?|скиньте|дай(?:те)?|продиктуй(?:те)?|укажи(?:те)?|сообщи(?:те)?|скажи(?:те)?|отправь(?:те)?|подскажи(?:те)?|черкни(?:те)?|какой|какая|какие)";
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

// "как с вами связаться кроме чата?", "есть другой способ связи?", "how can we reach you outside Amazon?"
const OTHER_CHANNEL_RE =
  /(?:связ\p{L}*|общ\p{L}*|переписыва\p{L}*|созвон\p{L}*|reach|contact|talk)\s+(?:\S+\s+){0,3}?(?:кроме|помимо|вне|вместо|минуя|outside|other\s+than|instead\s+of|off)\s+(?:\S+\s+)?(?:чата|чат|площадк\p{L}*|маркетплейс\p{L}*|сайт\p{L}*|amazon|the\s+(?:chat|platform|marketplace|messaging))|(?:друг\p{L}*|иной|личн\p{L}*)\s+(?:способ\p{L}*\s+)?(?:связ[иь]|контакт\p{L}*)/giu;

export const detectContactRequests: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const re of [REQUEST_RU_RE, REQUEST_EN_RE, OTHER_CHANNEL_RE]) {
    for (const { start, end } of matchAll(re, text)) {
      findings.push(makeFinding({ kind: "contact_request", severity: "block", text, start, end }));
    }
  }
  return findings;
};
