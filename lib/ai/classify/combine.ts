import type { Probabilities } from "@/lib/ai/classify/linear-model";
import type { Intent, Sentiment } from "@/lib/ai/types";

// How the lexicon and the n-gram model are combined. The model reads wording the lexicon never saw;
// the lexicon knows rare but decisive words the model saw too seldom. When the model is sure it
// decides; otherwise a clear lexicon match does; otherwise the model's best guess stands.
// The thresholds were chosen by cross-validation on the tuning sets (npm run train:classifier prints it).
export const MODEL_CONFIDENT = 0.95;
export const SENTIMENT_CONFIDENT = 0.7;

export function combineIntent({
  lexicon,
  model,
  confident = MODEL_CONFIDENT,
  asks = false,
}: {
  lexicon: { intent: Intent; score: number } | undefined;
  model: Probabilities;
  confident?: number;
  /** The message asks something (a question mark). */
  asks?: boolean;
}): Intent {
  const top = model[0]!;
  const picked = top.p >= confident || !lexicon ? (top.label as Intent) : lexicon.intent;
  // A question always wants an answer: "Ну что там?" is never an acknowledgement.
  if (picked === "no_reply" && asks) return (lexicon?.intent !== "no_reply" ? lexicon?.intent : undefined) ?? (model.find((m) => m.label !== "no_reply")!.label as Intent);
  return picked;
}

// The lexicon's sentiment rules (markers, shouting, star ratings) are precise when they fire; what it
// misses is a complaint or praise in words it does not know, and there the model speaks.
export function combineSentiment({
  intent,
  lexicon,
  model,
  confident = SENTIMENT_CONFIDENT,
}: {
  intent: Intent;
  lexicon: Sentiment;
  model: Probabilities;
  confident?: number;
}): Sentiment {
  // A broken or wrong item is a problem even when the buyer writes calmly.
  if (intent === "defect") return "negative";
  if (lexicon !== "neutral") return lexicon;
  const top = model[0]!;
  return top.p >= confident ? (top.label as Sentiment) : lexicon;
}
