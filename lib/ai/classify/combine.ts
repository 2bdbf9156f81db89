import type { Probabilities } from "@/lib/ai/classify/linear-model";
import type { Intent, Sentiment } from "@/lib/ai/types";

// How the lexicon and the n-gram model are combined: the lexicon's label gets a bonus added to the
// model's probability for it, and the best sum wins. The model reads wording the lexicon never saw;
// the lexicon knows rare but decisive words the model saw too seldom. A bonus of 0 is the model
// alone, a bonus of 1 or more the lexicon whenever it has an opinion. The bonuses are chosen by
// cross-validation together with the model and shipped in model.json (npm run train:classifier
// prints the whole grid). For sentiment the lexicon's explicit signals (markers, shouting) and its
// neutral verdict get separate bonuses: "neutral" often just means it knows no word of the message.

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
  neutralBonus,
}: {
  intent: Intent;
  lexicon: Sentiment;
  model: Probabilities;
  bonus: number;
  neutralBonus: number;
}): Sentiment {
  // A broken or wrong item is a problem even when the buyer writes calmly.
  if (intent === "defect") return "negative";
  return withBonus(model, lexicon, lexicon === "neutral" ? neutralBonus : bonus) as Sentiment;
}
