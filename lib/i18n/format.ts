// Dictionary messages are ICU MessageFormat: "{n}" for a value, "{n, plural, one {# день} few {# дня}
// many {# дней} other {# дня}}" for a count, so every count reads right in Russian and English by the
// locale's CLDR plural rules. One formatter for the server, the browser and stored notification codes.
import { IntlMessageFormat } from "intl-messageformat";

export type MessageValues = Record<string, string | number | Date>;

// Messages come from the dictionaries (a bounded set); the cap only guards against a caller formatting
// arbitrary text.
const CACHE_MAX = 2_000;
const cache = new Map<string, IntlMessageFormat>();

function compiled(locale: string, message: string): IntlMessageFormat {
  const key = `${locale}\u0000${message}`;
  let format = cache.get(key);
  if (!format) {
    if (cache.size >= CACHE_MAX) cache.clear();
    // ignoreTag: "<" in a message is text, not rich-text markup.
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    cache.set(key, format);
  }
  return format;
}

/** The message with its values in `locale` ("ru" or "en"): formatMessage("ru", "{n, plural, …}", { n: 5 }). */
export function formatMessage(locale: string, message: string, values: MessageValues = {}): string {
  return String(compiled(locale, message).format(values));
}

/** The names of the values a message takes, nested plural branches included (for tests of the dictionaries). */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const el of elements) {
      // Every element but literal text (type 0) that has a string value names an argument.
      if (el.type !== 0 && "value" in el && typeof el.value === "string") names.add(el.value);
      if ("options" in el) for (const option of Object.values(el.options)) walk(option.value);
    }
  };
  walk(compiled("en", message).getAst());
  return [...names].sort();
}
