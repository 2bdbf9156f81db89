// Dictionary messages are ICU MessageFormat: "{n}" for a value, "{n, plural, one {# день} few {# дня}
// many {# дней} other {# дня}}" for a count, so every count reads right in Russian and English by the
// locale's CLDR plural rules. One formatter for the server, the browser and stored notification codes.
//
// The browser bundle is built without the ICU parser (next.config.ts aliases it to the package's
// no-parser entry): the server parses the page language's dictionary once and hands the parsed messages
// to the browser with the dictionary (see parsed-dictionary.ts), and both format from the same trees.
import { IntlMessageFormat } from "intl-messageformat";

export type MessageValues = Record<string, string | number | Date>;
/** A parsed message: the tree intl-messageformat formats. */
export type MessageAst = ReturnType<IntlMessageFormat["getAst"]>;
/** Parsed messages of one language, by their text. */
export type ParsedMessages = Record<string, MessageAst>;

// ignoreTag: "<" in a message is text, not rich-text markup.
const OPTIONS = { ignoreTag: true };

// Messages come from the dictionaries (a bounded set); the cap only guards against a caller formatting
// arbitrary text.
const CACHE_MAX = 2_000;
const cache = new Map<string, IntlMessageFormat>();
const parsed = new Map<string, MessageAst>();
const key = (locale: string, message: string) => `${locale}\u0000${message}`;

/** Text without braces or apostrophes has no ICU syntax: it is its own value, no parsing needed. */
export function isPlainText(message: string): boolean {
  return !/[{}']/.test(message);
}

/** Parses a message (server side: the browser has no parser and throws). */
export function parseMessage(locale: string, message: string): MessageAst {
  return new IntlMessageFormat(message, locale, undefined, OPTIONS).getAst();
}

/** Makes parsed messages of `locale` available to formatMessage (the browser gets them from the server). */
export function addParsedMessages(locale: string, messages: ParsedMessages): void {
  for (const [message, ast] of Object.entries(messages)) parsed.set(key(locale, message), ast);
}

function compiled(locale: string, message: string): IntlMessageFormat {
  const k = key(locale, message);
  let format = cache.get(k);
  if (!format) {
    if (cache.size >= CACHE_MAX) cache.clear();
    format = new IntlMessageFormat(parsed.get(k) ?? message, locale, undefined, OPTIONS);
    cache.set(k, format);
  }
  return format;
}

/** The message with its values in `locale` ("ru" or "en"): formatMessage("ru", "{n, plural, …}", { n: 5 }). */
export function formatMessage(locale: string, message: string, values: MessageValues = {}): string {
  if (isPlainText(message)) return message;
  return String(compiled(locale, message).format(values));
}

/** The names of the values a message takes, nested plural branches included (for tests of the dictionaries). */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageAst) => {
    for (const el of elements) {
      // Every element but literal text (type 0) that has a string value names an argument.
      if (el.type !== 0 && "value" in el && typeof el.value === "string") names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(parseMessage("en", message));
  return [...names].sort();
}
