import { describe, expect, it } from "vitest";

import { cleanTemplateValue, fillTemplate, previewTemplate } from "@/lib/templates/fill-template";

const NAMES = ["customerName", "productTitle", "shopName"] as const;
type Name = (typeof NAMES)[number];
const resolve = (name: string) => ((NAMES as readonly string[]).includes(name) ? (name as Name) : undefined);
const fill = (template: string, values: Partial<Record<Name, string>>, keepMissing = false) =>
  fillTemplate({ template, resolve, values, keepMissing });

// Templates as owners saved them before the engine was Mustache: each must give the same text.
describe("templates stored with today's syntax", () => {
  const FULL = { customerName: "Алёна", productTitle: "Чай", shopName: "Лавка" };
  const cases: [template: string, values: Partial<Record<Name, string>>, text: string][] = [
    ["Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}!", FULL, "Здравствуйте, Алёна!"],
    ["Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}!", {}, "Здравствуйте!"],
    [
      "{{#productTitle}}«{{productTitle}}»{{/productTitle}}{{^productTitle}}покупка{{/productTitle}} вам нравится",
      {},
      "покупка вам нравится",
    ],
    [
      "{{#productTitle}}«{{productTitle}}»{{/productTitle}}{{^productTitle}}покупка{{/productTitle}} вам нравится",
      FULL,
      "«Чай» вам нравится",
    ],
    ["{{ customerName }}, {{shopName  }} ждёт вас", FULL, "Алёна, Лавка ждёт вас"],
    ["Строка 1\n{{customerName}}\n\nС уважением,\n{{shopName}}", FULL, "Строка 1\nАлёна\n\nС уважением,\nЛавка"],
    ["Скидка {{promo}} и {{customerName}}", FULL, "Скидка {{promo}} и Алёна"],
    ["Без переменных: 100% & <b>", FULL, "Без переменных: 100% & <b>"],
  ];
  it.each(cases)("%j", (template, values, text) => {
    expect(fill(template, values).text).toBe(text);
  });
});

const FULL_VALUES = { customerName: "Алёна", productTitle: "Чай", shopName: "Лавка" };

describe("fillTemplate", () => {
  it("reports unknown tags (sections with their sign) and known ones without a value", () => {
    const result = fill("{{promo}} {{#vip}}x{{/vip}} {{> partial}} {{customerName}} {{productTitle}}", {
      customerName: "А",
    });
    expect(result.text).toBe("{{promo}} {{#vip}}x{{/vip}} {{> partial}} А ");
    expect(result.unknownVariables).toEqual(["promo", "#vip", ">partial"]);
    expect(result.missingVariables).toEqual(["productTitle"]);
  });

  it("still fills the plain tags of text that does not parse, and reports the broken tag", () => {
    expect(fill("Привет, {{customerName}}! Скидка {{ 10% в {{shopName}}", FULL_VALUES)).toEqual({
      text: "Привет, Алёна! Скидка {{ 10% в Лавка",
      unknownVariables: ["{{"],
      missingVariables: [],
    });
    const unopened = fill("{{customerName}}, {{promo}} {{/vip}} {{productTitle}}", { customerName: "Алёна" });
    expect(unopened).toEqual({
      text: "Алёна, {{promo}} {{/vip}} ",
      unknownVariables: ["/vip", "promo"],
      missingVariables: ["productTitle"],
    });
    expect(fill("{{customerName}} {{", { customerName: "{{shopName}}" }).text).toBe("{{shopName}} {{");
  });

  it("keeps a known tag without a value as typed when asked (saved replies)", () => {
    expect(fill("Привет, {{ customerName }}!", {}, true)).toEqual({
      text: "Привет, {{ customerName }}!",
      unknownVariables: [],
      missingVariables: ["customerName"],
    });
  });

  it("inserts a value once: braces inside it are text", () => {
    expect(fill("{{customerName}}", { customerName: "{{shopName}} {{#x}}" }).text).toBe("{{shopName}} {{#x}}");
  });

  it("does not HTML-escape", () => {
    expect(fill("{{customerName}}", { customerName: `<a href="x">&'` }).text).toBe(`<a href="x">&'`);
  });

  it("previews with the sample values", () => {
    expect(
      previewTemplate({
        template: "{{shopName}}: {{productTitle}}",
        resolve,
        sample: { customerName: "А", productTitle: "Б", shopName: "В" },
      }).text,
    ).toBe("В: Б");
  });
});

describe("cleanTemplateValue", () => {
  it("removes control and invisible characters, joins lines and clips", () => {
    expect(cleanTemplateValue(" a\u0000\n\u200bb  c ", 10)).toBe("a b c");
    expect(cleanTemplateValue("abcdef", 4)).toBe("abc…");
    expect(cleanTemplateValue(" \n ", 4)).toBeUndefined();
    expect(cleanTemplateValue(null, 4)).toBeUndefined();
  });

  it("clips a buyer's name before an emoji the limit would split (half of one cannot be stored or sent)", () => {
    expect(cleanTemplateValue("Аня😀!", 5)).toBe("Аня…");
    expect(cleanTemplateValue("Аня😀!!", 6)).toBe("Аня😀…");
  });
});
