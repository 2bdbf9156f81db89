import { describe, expect, it } from "vitest";
import { fullMessageText, fullReviewText, reviewPart } from "@/lib/text/review-text";

describe("fullReviewText", () => {
  it("joins the text, pros and cons one per line, with no labels", () => {
    expect(fullReviewText({ text: "Сел по размеру", pros: "Мягкий", cons: "Линяет" })).toBe(
      "Сел по размеру\nМягкий\nЛиняет",
    );
  });

  it("leaves out the blank parts, the text too", () => {
    expect(fullReviewText({ text: "", pros: "Мягкий", cons: null })).toBe("Мягкий");
    expect(fullReviewText({ text: "  ", pros: "", cons: "Линяет" })).toBe("Линяет");
    expect(fullReviewText({ text: "Хорошо" })).toBe("Хорошо");
  });
});

describe("fullMessageText", () => {
  it("reads a stored review message's columns; other messages stay as they are", () => {
    expect(fullMessageText({ text: "Хорошо", reviewPros: "Цена", reviewCons: "Запах" })).toBe("Хорошо\nЦена\nЗапах");
    expect(fullMessageText({ text: "Где заказ?" })).toBe("Где заказ?");
  });
});

describe("reviewPart", () => {
  it("stores a part only when it has words", () => {
    expect(reviewPart("Мягкий")).toBe("Мягкий");
    expect(reviewPart(" ")).toBeNull();
    expect(reviewPart("")).toBeNull();
    expect(reviewPart(undefined)).toBeNull();
  });
});
