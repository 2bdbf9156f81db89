// PostgreSQL text and jsonb cannot hold U+0000, and a lone UTF-16 surrogate (JSON's "\ud800") has no
// UTF-8 form: either one fails the statement that stores it — and a group-committed statement carries
// other requests' rows too. Such text is refused at the edge with a 400 and this reason.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// What a JSON text must contain for a decoded string to hold either: a raw NUL, or an escape of one.
// eslint-disable-next-line no-control-regex -- the control characters are what this rejects
const SUSPECT_JSON = /\u0000|\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

export type UnsafeText = { reason: "nul_character" | "lone_surrogate"; en: string; ru: string };

const NUL: UnsafeText = {
  reason: "nul_character",
  en: "The text contains a NUL character (\\u0000), which cannot be stored",
  ru: "Текст содержит символ NUL (\\u0000), его нельзя сохранить",
};
const SURROGATE: UnsafeText = {
  reason: "lone_surrogate",
  en: "The text contains an unpaired UTF-16 surrogate (such as \\ud800), which is not valid Unicode",
  ru: "Текст содержит непарный суррогат UTF-16 (например, \\ud800) — это не Unicode",
};

/** Why a string cannot be stored, or null. */
export function unsafeString(text: string): UnsafeText | null {
  if (text.includes("\u0000")) return NUL;
  if (LONE_SURROGATE.test(text)) return SURROGATE;
  return null;
}

/** Why any string (value or key) inside a parsed JSON value cannot be stored, or null. */
export function unsafeValue(value: unknown): UnsafeText | null {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === "string") {
      const found = unsafeString(item);
      if (found) return found;
    } else if (Array.isArray(item)) {
      stack.push(...item);
    } else if (item && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        const found = unsafeString(key);
        if (found) return found;
        stack.push(child);
      }
    }
  }
  return null;
}

/**
 * Why a raw JSON body would decode to unstorable text, or null. Cheap for the usual body (one scan
 * that finds no suspect escape); a body that does not parse is left to its parser's own answer.
 */
export function unsafeJsonText(body: string): UnsafeText | null {
  if (!SUSPECT_JSON.test(body)) return null;
  if (body.includes("\u0000")) return NUL;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  return unsafeValue(parsed);
}

/** Whether a raw JSON text may decode to unstorable text (a raw NUL, or an escape of a NUL or a surrogate). */
export function mayHoldUnsafeText(body: string): boolean {
  return SUSPECT_JSON.test(body);
}

/**
 * Text we cannot refuse (a marketplace's answer: a buyer's message, a product title) made storable: each
 * NUL and each lone surrogate becomes U+FFFD, the rest is kept as it was.
 */
export function storableString(text: string): string {
  return unsafeString(text) ? text.replaceAll("\u0000", "\uFFFD").toWellFormed() : text;
}

/** A parsed JSON value with every string (value or key) made storable; the value itself when nothing needed it. */
export function storableValue<T>(value: T): T {
  if (typeof value === "string") return storableString(value) as T;
  if (Array.isArray(value)) return value.map(storableValue) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [storableString(key), storableValue(child)]),
    ) as T;
  }
  return value;
}
