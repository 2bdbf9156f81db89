import { describe, expect, it } from "vitest";
import { reviewProblem } from "@/lib/ai/offline/review-problem";

const ru = (text: string) => reviewProblem({ text, english: false });
const en = (text: string) => reviewProblem({ text, english: true });

describe("reviewProblem: the buyer's problem quoted in whole clauses", () => {
  it("keeps a description with commas together", () => {
    expect(ru("Ткань тонкая, просвечивает, после стирки катышки.")).toBe(
      "ткань тонкая, просвечивает, после стирки катышки",
    );
    expect(ru("Пришла куртка, молния разошлась на второй день")).toBe("пришла куртка, молния разошлась на второй день");
  });

  it("drops the part after a contrast", () => {
    expect(ru("Молния сломалась через неделю, а так норм")).toBe("молния сломалась через неделю");
    expect(ru("Цвет красивый, но ткань тонкая, просвечивает")).toBe("ткань тонкая, просвечивает");
    expect(en("Looks nice, but the strap broke after two days")).toBe("the strap broke after two days");
  });

  it("takes the sentence that holds the problem, not its neighbours", () => {
    expect(ru("Заказывала в подарок. Коробка пришла мятая, углы разбиты! Мама всё равно рада.")).toBe(
      "коробка пришла мятая, углы разбиты",
    );
    expect(en("Ordered for my son. It stopped working after a week, no lights at all. Sad.")).toBe(
      "it stopped working after a week, no lights at all",
    );
  });

  it("does not cut at a decimal comma or an abbreviation", () => {
    expect(ru("Шнур 1,5 м, а в описании 2 м — короткий, не хватает до розетки")).toBe(
      "короткий, не хватает до розетки",
    );
    expect(ru("Пришёл не тот цвет, т.к. на складе перепутали")).toBe("пришёл не тот цвет, т.к. на складе перепутали");
  });

  it("shortens a long clause to whole parts around the problem, or names none", () => {
    const long =
      "Брали на дачу в прошлом месяце вместе с соседями по участку, крышка треснула при первом же морозе, обидно";
    expect(ru(long)).toBe("крышка треснула при первом же морозе, обидно");
    expect(ru(`Пятно ${"очень ".repeat(20)}большое`)).toBeUndefined();
  });

  it("speaks to the buyer, and stays out of first-person sentences it cannot rephrase", () => {
    expect(en("My charger stopped working")).toBe("your charger stopped working");
    expect(ru("Мне пришёл не тот размер")).toBe("вам пришёл не тот размер");
    expect(ru("Я порвала при первой носке")).toBeUndefined();
  });
});
