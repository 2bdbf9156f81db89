import { STRONG_SENTIMENT, type LexiconSentiment } from "@/lib/ai/classify/lexicon-sentiment";
import type { Combination, Probabilities } from "@/lib/ai/classify/linear-model";
import type { Intent, Sentiment } from "@/lib/ai/types";

// How the lexicon and the n-gram model are combined: the lexicon's label gets a bonus added to the
// model's probability for it, and the best sum wins. The model reads wording the lexicon never saw;
// the lexicon knows rare but decisive words the model saw too seldom. A bonus of 0 is the model
// alone, a bonus of 1 or more the lexicon whenever it has an opinion. The bonuses are chosen by
// cross-validation together with the model and shipped in model.json (npm run train:classifier
// prints the whole grid). For sentiment the lexicon's decisive verdicts, its verdicts on weak evidence,
// its neutral after weighing sentiment words and its neutral from knowing no word of the message get
// separate bonuses: a blank neutral must not outvote a model that reads a polite complaint.

function withBonus(
  model: Probabilities,
  label: string | undefined,
  bonus: number,
  offsets: Record<string, number> = {},
): string {
  let best = model[0]!.label;
  let bestScore = -Infinity;
  for (const { label: l, p } of model) {
    const score = p + (offsets[l] ?? 0) + (l === label ? bonus : 0);
    if (score > bestScore) [best, bestScore] = [l, score];
  }
  return best;
}

// A lexicon score this high means a decisive term (weight 3) or several weaker ones.
export const STRONG_LEXICON = 3;

export function combineIntent({
  lexicon,
  model,
  bonus,
  weakBonus,
  offsets,
  asks = false,
}: {
  lexicon: { intent: Intent; score: number } | undefined;
  model: Probabilities;
  bonus: number;
  /** The bonus when the lexicon's score is under STRONG_LEXICON ("есть", "будет" alone); `bonus` when absent. */
  weakBonus?: number;
  /** Per-intent calibration of the model's probabilities, cross-validated with the bonus. */
  offsets?: Record<string, number>;
  /** The message asks something (a question mark). */
  asks?: boolean;
}): Intent {
  const trust = weakBonus !== undefined && lexicon && lexicon.score < STRONG_LEXICON ? weakBonus : bonus;
  const picked = withBonus(model, lexicon?.intent, trust, offsets) as Intent;
  // A question always wants an answer: "Ну что там?" is never an acknowledgement.
  if (picked === "no_reply" && asks)
    return (
      (lexicon?.intent !== "no_reply" ? lexicon?.intent : undefined) ??
      (model.find((m) => m.label !== "no_reply")!.label as Intent)
    );
  return picked;
}

export function combineSentiment({
  intent,
  lexicon,
  model,
  bonus,
  weakBonus = bonus,
  neutralBonus,
  blankBonus = neutralBonus,
}: {
  intent: Intent;
  lexicon: LexiconSentiment;
  model: Probabilities;
  /** The bonus of a decisive negative or positive verdict (score STRONG_SENTIMENT or more). */
  bonus: number;
  /** The bonus of a negative verdict on weak evidence ("почему", "??" alone). */
  weakBonus?: number;
  /** The bonus of a neutral verdict that weighed some sentiment words and set them aside. */
  neutralBonus: number;
  /** The bonus of a neutral verdict that rests on no word at all: it knew none of the message. */
  blankBonus?: number;
}): Sentiment {
  // A broken or wrong item is a problem even when the buyer writes calmly (the lexicon reads it so).
  if (intent === "defect" && lexicon.sentiment === "negative") return "negative";
  const trust =
    lexicon.sentiment === "neutral"
      ? lexicon.score > 0
        ? neutralBonus
        : blankBonus
      : lexicon.score >= STRONG_SENTIMENT
        ? bonus
        : weakBonus;
  return withBonus(model, lexicon.sentiment, trust) as Sentiment;
}

export type SentimentBonuses = Pick<
  Combination,
  "sentimentBonus" | "weakSentimentBonus" | "neutralBonus" | "blankNeutralBonus"
>;

/** The sentiment bonuses of a combination, as combineSentiment takes them. */
export function sentimentBonuses(c: SentimentBonuses) {
  return {
    bonus: c.sentimentBonus,
    weakBonus: c.weakSentimentBonus,
    neutralBonus: c.neutralBonus,
    blankBonus: c.blankNeutralBonus,
  };
}
