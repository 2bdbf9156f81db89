import type { Finding, FindingKind, Marketplace } from "@/lib/ai/types";

export type Detector = (input: { text: string; marketplace: Marketplace }) => Finding[];

// Shown to the operator next to the highlighted words: which rule, and why it matters. Russian and
// English; the screen picks its language.
type Messages = { block: string; flag: string };
export const FINDING_MESSAGES: Record<FindingKind, Messages> = {
  link: {
    block:
      "Внешняя ссылка или адрес сайта (в том числе по буквам, через «точка» или эмодзи): правила площадки запрещают уводить покупателя.",
    flag: "Ссылка или отсылка к сайту: лучше описать раздел площадки словами, ссылки модерация часто режет.",
  },
  email: {
    block: "Адрес электронной почты (в том числе через «собака», «точка»): контакты вне площадки запрещены.",
    flag: "Похоже на адрес почты: проверьте, что это не контакт вне площадки.",
  },
  phone: {
    block: "Номер телефона (в том числе словами или с заменой цифр): контакты вне площадки запрещены.",
    flag: "Похоже на номер телефона. Если это номер заказа или артикул, подпишите его: «заказ №…».",
  },
  messenger: {
    block: "Приглашение в мессенджер или соцсеть: уводить покупателя с площадки запрещено.",
    flag: "Упоминание мессенджера или соцсети: убедитесь, что это не приглашение связаться вне площадки.",
  },
  handle: {
    block: "Никнейм в мессенджере или соцсети: контакты вне площадки запрещены.",
    flag: "Похоже на никнейм: проверьте, что это не контакт.",
  },
  payment: {
    block: "Платёжные реквизиты или оплата в обход площадки: запрещено, покупатель теряет защиту сделки.",
    flag: "Похоже на номер карты или реквизиты: проверьте перед отправкой.",
  },
  promo_code: {
    block: "Промокод стороннего магазина: реклама вне площадки запрещена.",
    flag: "Упоминание промокода: можно предлагать только акции самой площадки.",
  },
  rating_request: {
    block: "Нельзя просить конкретную оценку. Можно поблагодарить за отзыв или предложить дополнить его.",
    flag: "Проверьте формулировку про отзыв: без просьбы о конкретной оценке.",
  },
  review_reward: {
    block: "Вознаграждение за отзыв или оценку (деньги, скидка, подарок, кешбэк): запрещено правилами площадки.",
    flag: "Проверьте, что выгода не связана с отзывом или оценкой.",
  },
  review_pressure: {
    block: "Давление на покупателя, чтобы он изменил или удалил отзыв: запрещено правилами площадки.",
    flag: "Проверьте формулировку про отзыв: без просьбы его изменить или удалить.",
  },
  contact_request: {
    block:
      "Просьба прислать телефон, почту или аккаунт в мессенджере: контакты вне площадки запрещены, общайтесь в чате площадки.",
    flag: "Похоже на просьбу о контактах: проверьте, что разговор остаётся в чате площадки.",
  },
  off_platform: {
    block: "Предложение купить в обход площадки или на другой площадке: запрещено правилами.",
    flag: "Проверьте, что покупателя не уводят с площадки.",
  },
  contact: {
    block: "Похоже на контакт или связь вне площадки: общайтесь с покупателем только в чате площадки.",
    flag: "Проверьте, что покупателя не зовут связаться вне площадки.",
  },
  html: {
    block: "Amazon не принимает HTML-разметку в сообщениях покупателю.",
    flag: "Похоже на HTML-разметку.",
  },
  length: {
    block: "Текст длиннее, чем разрешает площадка.",
    flag: "Текст близок к лимиту площадки.",
  },
};

export const FINDING_MESSAGES_EN: Record<FindingKind, Messages> = {
  link: {
    block:
      'External link or website address (also spelled out, with "dot" or an emoji): the marketplace forbids sending buyers elsewhere.',
    flag: "A link or a pointer to a website: describe the marketplace's section in words instead.",
  },
  email: {
    block: 'E-mail address (also written with "at" and "dot"): contacts outside the marketplace are forbidden.',
    flag: "Looks like an e-mail address: check it is not an outside contact.",
  },
  phone: {
    block: "Phone number (also in words or with letters for digits): contacts outside the marketplace are forbidden.",
    flag: 'Looks like a phone number. If it is an order or article number, label it: "order no. …".',
  },
  messenger: {
    block: "Invitation to a messenger or social network: taking the buyer off the marketplace is forbidden.",
    flag: "Mentions a messenger or social network: make sure it is not an invitation to talk elsewhere.",
  },
  handle: {
    block: "A messenger or social network handle: contacts outside the marketplace are forbidden.",
    flag: "Looks like a handle: check it is not a contact.",
  },
  payment: {
    block:
      "Payment details or payment around the marketplace: forbidden, the buyer loses the marketplace's protection.",
    flag: "Looks like a card number or payment details: check before sending.",
  },
  promo_code: {
    block: "Another shop's promo code: advertising outside the marketplace is forbidden.",
    flag: "Mentions a promo code: only the marketplace's own offers are allowed.",
  },
  rating_request: {
    block: "Asking for a particular rating is forbidden. Thank the buyer or invite them to add to the review.",
    flag: "Check the wording about the review: no request for a particular rating.",
  },
  review_reward: {
    block: "A reward for a review or rating (money, discount, gift, cashback) is forbidden by the marketplace.",
    flag: "Check that no benefit is tied to a review or rating.",
  },
  review_pressure: {
    block: "Pressing the buyer to change or remove a review is forbidden by the marketplace.",
    flag: "Check the wording about the review: no request to change or remove it.",
  },
  contact_request: {
    block:
      "Asking for the buyer's phone, e-mail or messenger account: contacts outside the marketplace are forbidden, keep to the marketplace chat.",
    flag: "Looks like a request for contacts: keep the conversation in the marketplace chat.",
  },
  off_platform: {
    block: "Offer to buy around the marketplace or on another marketplace: forbidden.",
    flag: "Check that the buyer is not sent off the marketplace.",
  },
  contact: {
    block:
      "Looks like a contact or a conversation outside the marketplace: talk to the buyer in the marketplace chat only.",
    flag: "Check that the buyer is not invited to talk outside the marketplace.",
  },
  html: { block: "Amazon does not accept HTML in messages to buyers.", flag: "Looks like HTML markup." },
  length: {
    block: "The text is longer than the marketplace allows.",
    flag: "The text is close to the marketplace's limit.",
  },
};

// The length rule's counted word in each language's plural forms (Intl.PluralRules: the composer imports
// this, and the browser bundle has no message parser): "из 21 символа", "на 2 символа", "of 1 character".
const RU_PLURAL = new Intl.PluralRules("ru");
const RU_OF: Record<string, string> = { one: "символа" };
const RU_BY: Record<string, string> = { one: "символ", few: "символа" };
const chars = (n: number, forms: Record<string, string>) => `${n} ${forms[RU_PLURAL.select(n)] ?? "символов"}`;
const charsEn = (n: number) => `${n} ${n === 1 ? "character" : "characters"}`;

/** The length rule's message with its figures, in Russian and English. */
export function lengthMessages({ length, limit }: { length: number; limit: number }): {
  message: string;
  messageEn: string;
} {
  const over = length - limit;
  return {
    message: `Текст длиннее лимита площадки: ${length} из ${chars(limit, RU_OF)}. Сократите на ${chars(over, RU_BY)}.`,
    messageEn: `The text is longer than the marketplace allows: ${length} of ${charsEn(limit)}. Shorten it by ${charsEn(over)}.`,
  };
}

/** The length rule's Russian message as findings stored it before it had plural forms. */
export function legacyLengthMessage({ length, limit }: { length: number; limit: number }): string {
  return `Текст длиннее лимита площадки: ${length} из ${limit} символов. Сократите на ${length - limit}.`;
}

export function makeFinding({
  kind,
  severity,
  text,
  start,
  end,
  message,
  messageEn,
}: {
  kind: FindingKind;
  severity: Finding["severity"];
  text: string;
  start: number;
  end: number;
  message?: string;
  messageEn?: string;
}): Finding {
  return {
    kind,
    severity,
    start,
    end,
    match: text.slice(start, end),
    message: message ?? FINDING_MESSAGES[kind][severity],
    messageEn: messageEn ?? (message === undefined ? FINDING_MESSAGES_EN[kind][severity] : undefined),
  };
}

// Runs a global regex over the text and yields each match with its offsets.
export function* matchAll(re: RegExp, text: string): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    yield { start: m.index, end: m.index + m[0].length, match: m };
  }
}

const SENTENCE_STOPS = [".", "!", "?", "\n"];

/** The sentence around a match: from the stop before `start` to the first stop at or after `end`. */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, ...SENTENCE_STOPS.map((c) => text.lastIndexOf(c, start - 1) + 1));
  const stops = SENTENCE_STOPS.map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, Math.min(text.length, ...stops));
}

/** Each sentence of a text with its offset: up to and including its stops. */
export function sentences(text: string) {
  return matchAll(/[^.!?\n]+[.!?\n]*/gu, text);
}
