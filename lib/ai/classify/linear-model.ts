import { z } from "zod";

// A multinomial logistic regression over sparse binary features, as trained by
// scripts/train-classifier.ts and shipped as lib/ai/classify/model.json. Weights are stored as
// integers (hundredths) per feature to keep the file small.

const headSchema = z.object({
  labels: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  /** For each feature of the vocabulary, one weight per label, in hundredths. */
  weights: z.array(z.array(z.number().int())),
});
// How much the lexicon's label is added to the model's probability (lib/ai/classify/combine.ts),
// cross-validated together with the model by the training script.
const combinationSchema = z.object({
  intentBonus: z.number().min(0),
  sentimentBonus: z.number().min(0),
  neutralBonus: z.number().min(0),
});
export type Combination = z.infer<typeof combinationSchema>;

export const linearModelFileSchema = z.object({
  version: z.literal(1),
  trainedOn: z.array(z.string()),
  combination: combinationSchema,
  vocabulary: z.array(z.string()),
  intent: headSchema,
  sentiment: headSchema,
});
export type LinearModelFile = z.infer<typeof linearModelFileSchema>;
export type Head = z.infer<typeof headSchema>;

export type Probabilities = { label: string; p: number }[];

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

// Each message's features together weigh the same whatever its length: every feature counts
// 1/sqrt(n), so a long message does not drown its label in many weak n-grams. n is the number of
// features the message has (messageFeatures), not how many of them the vocabulary kept: training
// and the shipped, pruned model then scale a message alike, and pruning only zeroes small weights.
export function featureValue(count: number): number {
  return count ? 1 / Math.sqrt(count) : 0;
}

/** A message as the model reads it: the vocabulary ids of its features and how many features it has in all. */
export type ModelInput = { ids: readonly number[]; count: number };

export function predict(head: Head, { ids, count }: ModelInput): Probabilities {
  const scores = head.bias.slice();
  const value = featureValue(count) / 100;
  for (const id of ids) {
    const row = head.weights[id];
    if (!row) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += (row[k] ?? 0) * value;
  }
  return softmax(scores)
    .map((p, k) => ({ label: head.labels[k]!, p }))
    .sort((a, b) => b.p - a.p);
}
