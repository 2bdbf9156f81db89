import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { isPlainText, parseMessage, type ParsedMessages } from "@/lib/i18n/format";

// The browser formats messages without the ICU parser: the layout hands it every message of the page
// language's dictionary that has ICU syntax, parsed here once per language.

const byLocale = new Map<Locale, ParsedMessages>();

function strings(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (node && typeof node === "object") return Object.values(node).flatMap(strings);
  return [];
}

/** Every string of the dictionary in `locale`. */
export const dictionaryStrings = (locale: Locale): string[] => strings(dictionaries[locale]);

/** The dictionary's messages in `locale` that need parsing, parsed. */
export function parsedDictionary(locale: Locale): ParsedMessages {
  let messages = byLocale.get(locale);
  if (!messages) {
    messages = {};
    for (const message of dictionaryStrings(locale)) {
      if (isPlainText(message) || Object.hasOwn(messages, message)) continue;
      try {
        messages[message] = parseMessage(locale, message);
      } catch {
        // Help texts that show template syntax ("{{name}}") are shown as they are, never formatted.
      }
    }
    byLocale.set(locale, messages);
  }
  return messages;
}
