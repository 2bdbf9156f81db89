import { describe, expect, it } from "vitest";
import { tokenize } from "@/lib/ai/classify/normalize";
import { looksTransliterated, transliterateWord } from "@/lib/ai/classify/transliterate";

describe("Russian typed in Latin letters", () => {
  it("is read back in Cyrillic", () => {
    expect(transliterateWord("zhdu")).toBe("жду");
    expect(transliterateWord("shchetka")).toBe("щетка");
    expect(tokenize("Zdravstvuyte, gde moy zakaz?")).toEqual(["здравствуйте", "где", "мой", "заказ"]);
  });

  it("leaves English alone, short acknowledgements included", () => {
    expect(looksTransliterated(["where", "is", "my", "order"])).toBe(false);
    expect(tokenize("Noted.")).toEqual(["noted"]);
    expect(tokenize("Sounds good")).toEqual(["sounds", "good"]);
  });

  it("leaves a Russian message with a brand name alone", () => {
    expect(tokenize("чехол для iPhone подойдет?")).toEqual(["чехол", "для", "iphone", "подойдет"]);
  });
});

describe("the classifier's normaliser", () => {
  it("reads full-width letters, invisible characters and look-alikes as plain words", () => {
    expect(tokenize("ｇｄｅ ｍｏｙ ｚａｋａｚ")).toEqual(["где", "мой", "заказ"]);
    expect(tokenize("до\u200bставка")).toEqual(["доставка"]);
    expect(tokenize("пpишел")).toEqual(["пришел"]);
  });
});
