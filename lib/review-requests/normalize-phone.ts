import type { CountryCode } from "libphonenumber-js/max";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { PhoneProblem } from "@/lib/review-requests/webhook-reason";

export type NormalizePhoneResult = { ok: true; e164: string } | { ok: false; problem: PhoneProblem };

// Numbers that can never receive an SMS or a WhatsApp message. Undefined or
// FIXED_LINE_OR_MOBILE types pass: the metadata cannot tell, and the provider will.
const UNREACHABLE_TYPES = new Set([
  "FIXED_LINE",
  "TOLL_FREE",
  "PREMIUM_RATE",
  "SHARED_COST",
  "UAN",
  "VOICEMAIL",
  "PAGER",
]);

/**
 * Any phone a POS/CRM may send (+7 999 123-45-67, 8 (999) 1234567, 79991234567, 9991234567,
 * a number, "tel:+7...") to E.164. Russian by default: 8 and bare 7 prefixes become +7.
 * When a field holds several numbers ("+7 999..., +7 916..."), the first usable one wins.
 * Uses the "max" metadata so landlines and 8-800 numbers are told apart from mobiles.
 */
export function normalizePhone({
  raw,
  defaultCountry = "RU",
}: {
  raw: unknown;
  defaultCountry?: CountryCode;
}): NormalizePhoneResult {
  const text =
    typeof raw === "number" && Number.isSafeInteger(raw) ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  if (text === "") return { ok: false, problem: { code: "phone_missing" } };
  if (text.length > 64) return { ok: false, problem: { code: "phone_too_long" } };

  const candidates = [
    text,
    ...text
      .split(/[,;/]|\s{2,}/)
      .map((part) => part.trim())
      .filter(Boolean),
  ];
  let firstProblem: PhoneProblem | undefined;
  for (const candidate of candidates) {
    const parsed = parsePhoneNumberFromString(candidate, defaultCountry);
    if (!parsed || !parsed.isValid()) continue;
    const type = parsed.getType();
    if (type && UNREACHABLE_TYPES.has(type)) {
      firstProblem ??= { code: "phone_not_mobile", params: { number: parsed.number, type } };
      continue;
    }
    return { ok: true, e164: parsed.number };
  }
  return { ok: false, problem: firstProblem ?? { code: "phone_unrecognized", params: { text } } };
}
