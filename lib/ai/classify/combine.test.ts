import { describe, expect, it } from "vitest";
import { combineIntent, combineSentiment } from "@/lib/ai/classify/combine";

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

describe("combining the lexicon's sentiment with the model", () => {
  // The model reads a polite complaint as negative; the lexicon knows no word of it.
  const model = [
    { label: "negative", p: 0.6 },
    { label: "neutral", p: 0.38 },
    { label: "positive", p: 0.02 },
  ];
  const bonuses = { intent: "delivery" as const, model, bonus: 1.01, neutralBonus: 0.6 };

  it("does not let a neutral that knew no word outvote the model when its bonus is lower", () => {
    const blank = { sentiment: "neutral" as const, score: 0 };
    expect(combineSentiment({ ...bonuses, lexicon: blank })).toBe("neutral");
    expect(combineSentiment({ ...bonuses, lexicon: blank, blankBonus: 0.1 })).toBe("negative");
    expect(combineSentiment({ ...bonuses, lexicon: { sentiment: "neutral", score: 2 }, blankBonus: 0.1 })).toBe(
      "neutral",
    );
  });

  it("trusts a negative on weak evidence less when a weak bonus is set", () => {
    const neutralModel = [
      { label: "neutral", p: 0.7 },
      { label: "negative", p: 0.25 },
      { label: "positive", p: 0.05 },
    ];
    const weak = { sentiment: "negative" as const, score: 2 };
    expect(combineSentiment({ ...bonuses, model: neutralModel, lexicon: weak })).toBe("negative");
    expect(combineSentiment({ ...bonuses, model: neutralModel, lexicon: weak, weakBonus: 0.2 })).toBe("neutral");
  });

  it("keeps a reported defect negative and lets a what-if question about one be weighed", () => {
    const positiveModel = [
      { label: "positive", p: 0.5 },
      { label: "neutral", p: 0.3 },
      { label: "negative", p: 0.2 },
    ];
    const defect = { ...bonuses, intent: "defect" as const, model: positiveModel };
    expect(combineSentiment({ ...defect, lexicon: { sentiment: "negative", score: 3 } })).toBe("negative");
    expect(combineSentiment({ ...defect, lexicon: { sentiment: "neutral", score: 1 } })).toBe("neutral");
  });
});
