import { describe, expect, it } from "vitest";
import { en, ru } from "@/lib/i18n/dictionaries";
import { formatMessage, messageArguments } from "@/lib/i18n/format";

// Help texts that show the template syntax ("{{name}}") to the seller: shown as they are, never formatted.
const LITERAL = new Set(["followUps.settings.variables", "ops.snippetVars.help", "reviews.settings.templatesHint"]);

// Every dictionary string that is a message, by its path ("inbox.sla.left").
function messages(node: unknown, path = ""): [string, string][] {
  if (typeof node === "string") return LITERAL.has(path) ? [] : [[path, node]];
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([k, v]) => messages(v, path ? `${path}.${k}` : k));
  return [];
}

describe("dictionaries as ICU messages", () => {
  it("every Russian and English string parses", () => {
    const broken = [...messages(ru), ...messages(en)].filter(([, m]) => {
      try {
        messageArguments(m);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map(([p]) => p)).toEqual([]);
  });

  it("English takes the same values as Russian at every path", () => {
    const english = new Map(messages(en));
    const differing = messages(ru).filter(
      ([path, m]) => english.has(path) && messageArguments(m).join() !== messageArguments(english.get(path)!).join(),
    );
    expect(differing.map(([p]) => p)).toEqual([]);
  });
});

describe("formatMessage", () => {
  const days = "{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}";
  it.each([
    [1, "1 день"],
    [2, "2 дня"],
    [5, "5 дней"],
    [11, "11 дней"],
    [21, "21 день"],
    [1.5, "1,5 дня"],
  ])("Russian plural of %s is «%s»", (n, text) => {
    expect(formatMessage("ru", days, { n })).toBe(text);
  });

  it("English plural", () => {
    const msg = "{n, plural, one {# day} other {# days}}";
    expect([1, 2].map((n) => formatMessage("en", msg, { n }))).toEqual(["1 day", "2 days"]);
  });

  it("keeps markup-like text and fills plain values", () => {
    expect(formatMessage("en", "<b>{name}</b> wrote", { name: "Ann" })).toBe("<b>Ann</b> wrote");
  });
});
