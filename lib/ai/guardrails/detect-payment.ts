import { makeFinding, matchAll, type Detector } from "@/lib/ai/guardrails/finding";
import { findNumberRuns, isLabelledNumber, type NumberRun } from "@/lib/ai/guardrails/number-runs";
import type { Finding } from "@/lib/ai/types";

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function cardSeverity(text: string, run: NumberRun): Finding["severity"] | undefined {
  const n = run.digits.length;
  if (isLabelledNumber(text, run)) return undefined;
  if (n === 20 && /^4[0-2]/.test(run.digits)) return "block"; // Russian settlement account (р/с)
  if (n < 13 || n > 19) return undefined;
  // Written in blocks of four the way a card is printed: nobody formats an order number like that.
  if (run.groups.length >= 3 && run.groups.slice(0, -1).every((g) => g.length === 4)) return "block";
  // Unbroken: only a 16-digit number is card-shaped; a valid checksum makes it a real card number.
  if (n !== 16) return undefined;
  return luhnValid(run.digits) ? "block" : "flag";
}

// Requisites named in words, and offers to pay around the marketplace.
const REQUISITES_RE = /(?:р\/с|расч[её]тн\S*\s+сч[её]т\S*|к\/с|корр?\S*\s+сч[её]т\S*|бик|инн)\s*[:№]?\s*\d{9,20}/giu;
const TRANSFER_RE =
  /(?<![\p{L}])(?:перев[её]\p{L}*|перевод\p{L}*|скин\p{L}*|скидыва\p{L}*|кин\p{L}*|оплат\p{L}*|отправ\p{L}*\s+деньги|предоплат\p{L}*)[\s,]+(?:\S+\s+){0,2}?(?:на\s+(?:мою\s+|нашу\s+|мой\s+|наш\s+)?(?:карт\p{L}*|(?:расч[её]тн\p{L}*\s+)?сч[её]т|сбер\p{L}*|тинько\p{L}*|т-банк\p{L}*|альф\p{L}*|qiwi|киви|юмани|yoomoney|кошел[её]к)|по\s+(?:сбп|номеру\s+(?:карты|телефона))|напрямую|мимо\s+\S+)/giu;
const OFF_PLATFORM_PAYMENT_RE =
  /(?:оплат\S*|заплат\S*|купи\S*|прода\S*)\s+(?:\S+\s+){0,2}?(?:напрямую|без\s+(?:комиссии|посредник\S*)|мимо\s+(?:площадки|маркетплейса|авито|озона|вб))/giu;

// Payment services outside the marketplace named with a payment: "send payment via PayPal", "оплата на ЮMoney".
const SERVICES =
  "(?:paypal|pay\\s?pal|venmo|zelle|cash\\s?app|western\\s+union|revolut|wise|crypto|bitcoin|btc|usdt|юмани|ю\\s?money|yoomoney|qiwi|киви|крипт\\p{L}*|биткоин\\p{L}*|сбп|сбер\\p{L}*|тинькофф\\p{L}*|т-банк\\p{L}*)";
const SERVICE_PAYMENT_RE = new RegExp(
  `(?<![\\p{L}])(?:pay\\w*|send\\s+(?:the\\s+)?(?:payment|money|funds)|payment|transfer\\w*|оплат\\p{L}*|заплат\\p{L}*|перев\\p{L}*|предоплат\\p{L}*)\\s+(?:\\S+\\s+){0,3}?(?:via|through|by|with|on|to|на|через|по|в)\\s+${SERVICES}(?![\\p{L}])`,
  "giu",
);

// A refund promised through a channel of the seller's own: "refund you via PayPal", "вернём по СБП".
const REFUND_AROUND_RE =
  /(?<![\p{L}])(?:refund\w*|reimburs\w*|send\s+(?:you\s+)?(?:the\s+)?money\s+back|верн[её]м|вернуть|возвращ\p{L}*|компенсир\p{L}*)\s+(?:\S+\s+){0,3}?(?:via|through|by|with|on|to|через|по|на)\s+(?:paypal|pay\s?pal|venmo|zelle|cash\s?app|western\s+union|revolut|wise|crypto|bitcoin|usdt|юмани|ю\s?money|yoomoney|qiwi|киви|крипт\p{L}*|сбп|личн\p{L}*\s+(?:карт\p{L}*|сч[её]т))(?![\p{L}])/giu;

export const detectPayment: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const run of findNumberRuns(text)) {
    const severity = cardSeverity(text, run);
    if (severity) findings.push(makeFinding({ kind: "payment", severity, text, start: run.start, end: run.end }));
  }
  for (const re of [REQUISITES_RE, TRANSFER_RE, OFF_PLATFORM_PAYMENT_RE, SERVICE_PAYMENT_RE, REFUND_AROUND_RE]) {
    for (const { start, end } of matchAll(re, text)) {
      findings.push(makeFinding({ kind: "payment", severity: "block", text, start, end }));
    }
  }
  return findings;
};
