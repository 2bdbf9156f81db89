import { z } from "zod";

// A multinomial logistic regression over sparse binary features, as trained by
// scripts/train-classifier.ts and shipped as lib/ai/classify/model.json.

// Weights live in a fixed number of buckets: a feature's bucket is a hash of its text (the hashing
// trick), so the file holds no vocabulary and no feature has to be pruned to keep it small. Each weight
// is one signed byte per bucket and label, times the head's scale, stored as base64.
export const headFileSchema = z.object({
  labels: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  scale: z.number().positive(),
  /** Base64 of one signed byte per bucket and label, bucket after bucket. */
  weights: z.string(),
});
export const headSchema = headFileSchema.transform(({ weights, ...head }) => ({
  ...head,
  weights: new Int8Array(Uint8Array.from(atob(weights), (c) => c.charCodeAt(0)).buffer),
}));
// How much the lexicon's label is added to the model's probability (lib/ai/classify/combine.ts),
// cross-validated together with the model by the training script.
const combinationSchema = z.object({
  intentBonus: z.number().min(0),
  sentimentBonus: z.number().min(0),
  neutralBonus: z.number().min(0),
  /** The sentiment bonus when the lexicon's negative rests on weak evidence; the sentiment bonus when absent. */
  weakSentimentBonus: z.number().min(0).optional(),
  /** The bonus of the lexicon's neutral when it knew no word of the message; the neutral bonus when absent. */
  blankNeutralBonus: z.number().min(0).optional(),
  /** The intent bonus when the lexicon's verdict rests on weak words only (score under STRONG_LEXICON); the intent bonus when absent. */
  weakIntentBonus: z.number().min(0).optional(),
  /** Added to the model's probability of an intent before the lexicon's bonus: calibrates labels the model over- or under-predicts. */
  intentOffsets: z.record(z.string(), z.number()).default({}),
});
export type Combination = z.output<typeof combinationSchema>;

const fileFields = {
  version: z.literal(2),
  trainedOn: z.array(z.string()),
  combination: combinationSchema,
  /** Number of hash buckets (a power of two). */
  buckets: z.number().int().positive(),
};
export const linearModelFileSchema = z.object({ ...fileFields, intent: headSchema, sentiment: headSchema });
export type LinearModelFile = z.input<typeof linearModelFileSchema>;
export type Head = z.output<typeof headSchema>;

/** A trained head as stored in model.json. */
export function encodeHead(head: Head): z.infer<typeof headFileSchema> {
  const bytes = new Uint8Array(head.weights.buffer, head.weights.byteOffset, head.weights.byteLength);
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { labels: head.labels, bias: head.bias, scale: head.scale, weights: btoa(binary) };
}

// FNV-1a over the feature's UTF-16 code units: stable across runs and machines, cheap to compute.
export function featureBucket(feature: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

/** The buckets of a message's features (each once) and how many features it has in all. */
export function hashedInput(features: readonly string[], buckets: number): ModelInput {
  return { ids: [...new Set(features.map((f) => featureBucket(f, buckets)))], count: features.length };
}

export type Probabilities = { label: string; p: number }[];

export function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

// Each message's features together weigh the same whatever its length: every feature counts
// 1/sqrt(n), so a long message does not drown its label in many weak n-grams. n is the number of
// features the message has (messageFeatures), however many buckets they fall in: training and the
// shipped model scale a message alike.
export function featureValue(count: number): number {
  return count ? 1 / Math.sqrt(count) : 0;
}

/** A message as the model reads it: the buckets of its features and how many features it has in all. */
export type ModelInput = { ids: readonly number[]; count: number };

export function predict(head: Head, { ids, count }: ModelInput): Probabilities {
  const scores = head.bias.slice();
  const K = scores.length;
  const value = featureValue(count) * head.scale;
  for (const id of ids) {
    for (let k = 0; k < K; k++) scores[k]! += (head.weights[id * K + k] ?? 0) * value;
  }
  return softmax(scores)
    .map((p, k) => ({ label: head.labels[k]!, p }))
    .sort((a, b) => b.p - a.p);
}
