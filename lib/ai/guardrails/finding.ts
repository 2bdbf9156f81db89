import type { Finding, FindingKind, Marketplace } from "@/lib/ai/types";

export type Detector = (input: { text: string; marketplace: Marketplace }) => Finding[];

// Shown to the operator next to the highlighted span; says what is wrong and why it matters.
export const FINDING_MESSAGES: Record<FindingKind, { block: string; flag: string }> = {
  link: {
    block: "Внешняя ссылка или адрес сайта: правила площадки запрещают уводить покупателя, сообщение заблокируют.",
    flag: "Ссылка или отсылка к сайту: лучше описать раздел площадки словами, ссылки модерация часто режет.",
  },
  email: {
    block: "Адрес электронной почты: контакты вне площадки запрещены.",
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
    block: "Никнейм (@…): контакты в мессенджерах и соцсетях запрещены.",
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
    block: "Нельзя просить конкретную оценку или поощрять за отзыв. Можно мягко предложить обновить отзыв.",
    flag: "Проверьте формулировку про отзыв: без просьбы о конкретной оценке.",
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

export function makeFinding({
  kind,
  severity,
  text,
  start,
  end,
  message,
}: {
  kind: FindingKind;
  severity: Finding["severity"];
  text: string;
  start: number;
  end: number;
  message?: string;
}): Finding {
  return { kind, severity, start, end, match: text.slice(start, end), message: message ?? FINDING_MESSAGES[kind][severity] };
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
