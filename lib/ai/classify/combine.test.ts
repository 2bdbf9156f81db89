import { describe, expect, it } from "vitest";
import { combineIntent } from "@/lib/ai/classify/combine";

// The model leans to `other`; the lexicon says `availability`, once from a weak word («есть»), once from a decisive one.
const model = [
  { label: "other", p: 0.55 },
  { label: "availability", p: 0.35 },
  { label: "delivery", p: 0.1 },
];

describe("combining the lexicon with the model", () => {
  it("trusts a weak lexicon verdict less when a weak-word bonus is set", () => {
    const lexicon = { intent: "availability" as const, score: 2 };
    expect(combineIntent({ lexicon, model, bonus: 0.5 })).toBe("availability");
    expect(combineIntent({ lexicon, model, bonus: 0.5, weakBonus: 0.1 })).toBe("other");
  });

  it("keeps the full bonus for a decisive lexicon verdict", () => {
    expect(combineIntent({ lexicon: { intent: "availability", score: 3 }, model, bonus: 0.5, weakBonus: 0.1 })).toBe(
      "availability",
    );
  });

  it("adds per-intent offsets to the model before the lexicon's bonus", () => {
    expect(combineIntent({ lexicon: undefined, model, bonus: 0.5, offsets: { availability: 0.25 } })).toBe(
      "availability",
    );
  });
});
