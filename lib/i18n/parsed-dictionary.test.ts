import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { parse as noParser } from "@formatjs/icu-messageformat-parser/no-parser.js";
import { LOCALES, type Locale } from "@/lib/i18n/dictionaries";
import {
  addParsedMessages,
  formatMessage,
  isPlainText,
  messageArguments,
  parseMessage,
  type MessageValues,
  type ParsedMessages,
} from "@/lib/i18n/format";
import { dictionaryStrings, parsedDictionary } from "@/lib/i18n/parsed-dictionary";

// The browser bundle gets the parser package's no-parser entry (next.config.ts): these tests format
// every dictionary message the way the browser does, from what the server hands it, with no parser.

function parses(locale: Locale, message: string): boolean {
  try {
    parseMessage(locale, message);
    return true;
  } catch {
    return false;
  }
}

describe("plain text", () => {
  it("parses to itself, so it is formatted without a parser", () => {
    const plain = LOCALES.flatMap((locale) =>
      dictionaryStrings(locale)
        .filter(isPlainText)
        .map((m) => [locale, m] as const),
    );
    const differing = plain.filter(([locale, m]) => {
      const ast = parseMessage(locale, m);
      const literal = ast[0]?.type === 0 ? ast[0].value : undefined;
      return m === "" ? ast.length !== 0 : ast.length !== 1 || literal !== m;
    });
    expect(plain.length).toBeGreaterThan(500);
    expect(differing).toEqual([]);
  });
});

describe("formatting in the browser, without the ICU parser", () => {
  // Everything the parser is needed for is worked out before the tests take it away: each language's
  // messages (help texts showing "{{name}}" are never formatted), a value for each of their arguments,
  // the text the server formats, and what the server hands the browser.
  type Case = { message: string; values: MessageValues; text: string };
  const cases = new Map<Locale, Case[]>();
  const shipped = new Map<Locale, ParsedMessages>();
  for (const locale of LOCALES) {
    const messages = dictionaryStrings(locale).filter((m) => parses(locale, m));
    cases.set(
      locale,
      messages.map((message) => {
        const values = Object.fromEntries(messageArguments(message).map((name) => [name, 5]));
        return {
          message,
          values,
          text: String(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).format(values)),
        };
      }),
    );
    shipped.set(locale, structuredClone(parsedDictionary(locale)));
  }
  const withParser = IntlMessageFormat.__parse;

  beforeAll(() => {
    IntlMessageFormat.__parse = noParser as unknown as typeof IntlMessageFormat.__parse;
  });
  afterAll(() => {
    IntlMessageFormat.__parse = withParser;
  });

  it("cannot parse a message it was not handed", () => {
    expect(() => formatMessage("ru", "{n, plural, one {# новый} other {# новых}}", { n: 2 })).toThrow();
  });

  it.each(LOCALES)("formats every %s message the server hands it as the server does", (locale) => {
    addParsedMessages(locale, shipped.get(locale) ?? {});
    const all = cases.get(locale) ?? [];
    const differing = all.filter(({ message, values, text }) => formatMessage(locale, message, values) !== text);
    expect(all.filter(({ message }) => !isPlainText(message)).length).toBeGreaterThan(50);
    expect(differing).toEqual([]);
  });
});
