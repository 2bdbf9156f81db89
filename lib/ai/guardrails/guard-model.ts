import { z } from "zod";
import { featureBucket, featureValue, hashedInput, headSchema, predict } from "@/lib/ai/classify/linear-model";
import { canonicalText } from "@/lib/ai/guardrails/canonical-text";
import { guardFamilySchema, type GuardFamily } from "@/lib/ai/guardrails/guard-families";
import { guardrailFeatures, guardrailWords } from "@/lib/ai/guardrails/guard-features";
import raw from "@/lib/ai/guardrails/guard-model.json";

// The learned guardrail model: a logistic regression over hashed character n-grams of the canonical
// text (guard-features.ts), one label per rule family and "none", trained by npm run train:guardrails
// on the guardrail training sets only and shipped as guard-model.json. It blocks a text when the
// probability that it breaks some family's rule reaches the threshold, which the trainer chose by
// cross-validation for precision on held-out folds (the figures are stored with it).

const figuresSchema = z.object({ recall: z.number(), precision: z.number(), threshold: z.number() });
export const guardModelFileSchema = z.object({
  version: z.literal(1),
  trainedOn: z.array(z.string()),
  buckets: z.number().int().positive(),
  threshold: z.number().gt(0).lt(1),
  /** Cross-validated figures of the model alone at the threshold, on the training sets' held-out folds. */
  crossValidated: figuresSchema.extend({ texts: z.number().int(), violations: z.number().int(), folds: z.number() }),
  head: headSchema,
});
export type GuardModelFile = z.input<typeof guardModelFileSchema>;
export type GuardModel = z.output<typeof guardModelFileSchema>;

export const GUARD_MODEL: GuardModel = guardModelFileSchema.parse(raw);

export type GuardVerdict = { p: number; family: GuardFamily; words: string[] };

function rank(model: GuardModel, features: string[]): { p: number; family: GuardFamily } {
  const ranked = predict(model.head, hashedInput(features, model.buckets));
  const none = ranked.find((r) => r.label === "none")?.p ?? 0;
  const family = guardFamilySchema.parse(ranked.find((r) => r.label !== "none")!.label);
  return { p: 1 - none, family };
}

/** The probability that the text breaks a rule (1 − P(none)) and the most likely family. */
export function guardProbability(model: GuardModel, text: string): { p: number; family: GuardFamily } {
  return rank(model, guardrailFeatures(text));
}

const TOP_WORDS = 3;

// The words whose own features (the word, its stem, its n-grams) push the text most towards the family
// against "none": what the finding names and highlights.
function triggerWords(model: GuardModel, canonical: string, count: number, family: GuardFamily): string[] {
  const { head, buckets } = model;
  const K = head.labels.length;
  const [f, n] = [head.labels.indexOf(family), head.labels.indexOf("none")];
  const value = featureValue(count) * head.scale;
  return guardrailWords(canonical)
    .map(({ word, features }) => {
      let score = 0;
      for (const id of new Set(features.map((x) => featureBucket(x, buckets))))
        score += ((head.weights[id * K + f] ?? 0) - (head.weights[id * K + n] ?? 0)) * value;
      return { word, score };
    })
    .sort((a, b) => b.score - a.score)
    .filter((w, i) => i === 0 || w.score > 0)
    .slice(0, TOP_WORDS)
    .map((w) => w.word);
}

/** The model's verdict when it would block the text, else null; `canonical` is the text's canonical form. */
export function guardVerdict(
  text: string,
  canonical = canonicalText(text).text,
  model: GuardModel = GUARD_MODEL,
): GuardVerdict | null {
  const features = guardrailFeatures(text, canonical);
  const { p, family } = rank(model, features);
  if (p < model.threshold) return null;
  return { p, family, words: triggerWords(model, canonical, features.length, family) };
}
