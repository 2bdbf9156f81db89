// Big-integer-safe JSON. Ozon message ids (3000000000817031942) and other int64 ids exceed 2^53, and a plain
// JSON.parse silently rounds them. Integers beyond Number.MAX_SAFE_INTEGER are returned as decimal strings,
// so schemas accept `string | number` for ids and normalise to string.
//
// Node >= 21 passes the raw source text to a JSON.parse reviver (`context.source`); Node 20 (our engine floor)
// does not, so we feature-detect and otherwise pre-quote big integer literals in the raw text.

import { mayHoldUnsafeText, storableValue } from "@/lib/http/unsafe-text";

type ReviverWithSource = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

const BIG_INTEGER_DIGITS = 16; // 2^53 has 16 digits; shorter literals are always safe

function detectReviverSource(): boolean {
  try {
    let seen = false;
    const reviver: ReviverWithSource = (_key, value, context) => {
      if (context?.source === "1") seen = true;
      return value;
    };
    JSON.parse("[1]", reviver as (key: string, value: unknown) => unknown);
    return seen;
  } catch {
    return false;
  }
}

export const JSON_REVIVER_SOURCE_SUPPORTED = detectReviverSource();

function isUnsafeIntegerLiteral(literal: string): boolean {
  if (!/^-?\d+$/.test(literal)) return false;
  return !Number.isSafeInteger(Number(literal));
}

/** Wraps integer literals that do not fit a double in quotes, leaving string contents untouched. */
export function quoteBigIntegers(text: string): string {
  let out = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "-" || (ch >= "0" && ch <= "9")) {
      let j = i + 1;
      while (j < n && /[0-9eE.+-]/.test(text[j]!)) j++;
      const literal = text.slice(i, j);
      const digits = literal.replace(/^-/, "").length;
      out += digits >= BIG_INTEGER_DIGITS && isUnsafeIntegerLiteral(literal) ? `"${literal}"` : literal;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function parseWithSource(text: string): unknown {
  const reviver: ReviverWithSource = (_key, value, context) => {
    if (
      typeof value === "number" &&
      !Number.isSafeInteger(value) &&
      context?.source &&
      /^-?\d+$/.test(context.source)
    ) {
      return context.source;
    }
    return value;
  };
  return JSON.parse(text, reviver as (key: string, value: unknown) => unknown);
}

/**
 * JSON.parse that keeps integers beyond 2^53 as strings. Throws SyntaxError on malformed input. A vendor's
 * text no database can store (a buyer's NUL, a lone surrogate) comes back with U+FFFD in its place: one
 * hostile message must not fail every sync of the account it came to.
 */
export function parseJson(text: string, options: { useReviverSource?: boolean } = {}): unknown {
  const useSource = options.useReviverSource ?? JSON_REVIVER_SOURCE_SUPPORTED;
  const parsed = useSource ? parseWithSource(text) : JSON.parse(quoteBigIntegers(text));
  return mayHoldUnsafeText(text) ? storableValue(parsed) : parsed;
}

const BIGINT_MARKER = "\u0000bigint:";

/**
 * JSON.stringify that writes bigint values as bare JSON numbers: Ozon's uint64 request fields
 * (`from_message_id`) are numbers in the official examples and must not lose precision.
 */
export function stringifyJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "bigint" ? `${BIGINT_MARKER}${v.toString()}` : v,
  );
  return text.replace(/"\\u0000bigint:(-?\d+)"/g, "$1");
}
