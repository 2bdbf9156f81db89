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
export const linearModelFileSchema = z.object({
  version: z.literal(1),
  trainedOn: z.array(z.string()),
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

export function predict(head: Head, featureIds: readonly number[]): Probabilities {
  const scores = head.bias.slice();
  for (const id of featureIds) {
    const row = head.weights[id];
    if (!row) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += (row[k] ?? 0) / 100;
  }
  return softmax(scores)
    .map((p, k) => ({ label: head.labels[k]!, p }))
    .sort((a, b) => b.p - a.p);
}
