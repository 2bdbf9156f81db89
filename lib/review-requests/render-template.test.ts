import { describe, expect, it } from "vitest";

import { renderTemplate } from "@/lib/review-requests/render-template";

const VARIABLES = { customerName: "Иван", businessName: "Кофейня «Зерно»", reviewLink: "https://r.example.ru/abc" };

describe("renderTemplate", () => {
  it("fills the three variables, with or without spaces inside braces", () => {
    const result = renderTemplate({
      template: "{{customerName}}, {{ businessName }}: {{reviewLink}}",
      variables: VARIABLES,
    });
    expect(result).toEqual({
      text: "Иван, Кофейня «Зерно»: https://r.example.ru/abc",
      unknownVariables: [],
      missingVariables: [],
    });
  });

  it("leaves unknown variables visible and reports them", () => {
    const result = renderTemplate({ template: "Скидка {{promoCode}} от {{businessName}}", variables: VARIABLES });
    expect(result.text).toBe("Скидка {{promoCode}} от Кофейня «Зерно»");
    expect(result.unknownVariables).toEqual(["promoCode"]);
  });

  it("reports known variables without a value", () => {
    const result = renderTemplate({ template: "Отзыв: {{reviewLink}}", variables: { businessName: "X" } });
    expect(result).toEqual({ text: "Отзыв: ", unknownVariables: [], missingVariables: ["reviewLink"] });
  });

  it("renders sections only when the variable is set, inverted sections only when not", () => {
    const template =
      "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}{{^customerName}} (гость){{/customerName}}!";
    expect(renderTemplate({ template, variables: VARIABLES }).text).toBe("Здравствуйте, Иван!");
    const anonymous = renderTemplate({ template, variables: { customerName: "  " } });
    expect(anonymous).toEqual({ text: "Здравствуйте (гость)!", unknownVariables: [], missingVariables: [] });
  });

  it("never expands braces that come from a value", () => {
    const result = renderTemplate({
      template: "{{customerName}} {{businessName}}",
      variables: { customerName: "{{reviewLink}}", businessName: "{{#x}}" },
    });
    expect(result.text).toBe("{{reviewLink}} {{#x}}");
    expect(result.unknownVariables).toEqual([]);
  });

  it("cleans values: control characters, line breaks, length", () => {
    const result = renderTemplate({
      template: "[{{customerName}}]",
      variables: { customerName: " Иван\n\tПетров\u0000 " + "я".repeat(100) },
    });
    expect(result.text.startsWith("[Иван Петров ")).toBe(true);
    expect(result.text.endsWith("…]")).toBe(true);
    expect([...result.text].length).toBe(62);
  });

  it("accepts only http(s) review links", () => {
    for (const reviewLink of ["javascript:alert(1)", "not a url", "ftp://x.ru/a"]) {
      const result = renderTemplate({ template: "{{reviewLink}}", variables: { reviewLink } });
      expect(result).toEqual({ text: "", unknownVariables: [], missingVariables: ["reviewLink"] });
    }
  });

  it("keeps a template with an unclosed section as typed and names the section", () => {
    const result = renderTemplate({ template: "A {{#customerName}} B {{#vip}}C{{/vip}}", variables: VARIABLES });
    expect(result.text).toBe("A {{#customerName}} B {{#vip}}C{{/vip}}");
    expect(result.unknownVariables).toEqual(["#customerName"]);
    expect(renderTemplate({ template: "A {{/vip}} {{businessName}}", variables: VARIABLES }).unknownVariables).toEqual([
      "/vip",
    ]);
    expect(renderTemplate({ template: "Цена {{ 100 ₽", variables: VARIABLES })).toEqual({
      text: "Цена {{ 100 ₽",
      unknownVariables: ["{{"],
      missingVariables: [],
    });
  });

  it("keeps an unknown section as typed, content included, and reports it", () => {
    const result = renderTemplate({
      template: "A {{#vip}}C {{businessName}}{{/vip}} {{customerName}}",
      variables: VARIABLES,
    });
    expect(result.text).toBe("A {{#vip}}C {{businessName}}{{/vip}} Иван");
    expect(result.unknownVariables).toEqual(["#vip"]);
  });

  it("inserts values as plain text: nothing is HTML-escaped", () => {
    const result = renderTemplate({
      template: "{{businessName}} & {{{customerName}}}",
      variables: { businessName: "Tom & Jerry <Кафе>", customerName: 'O\'Neil "Q"' },
    });
    expect(result.text).toBe(`Tom & Jerry <Кафе> & O'Neil "Q"`);
  });
});
