import { messageFeatures, wordFeatures } from "@/lib/ai/classify/features";
import { normalizeText, tokenize } from "@/lib/ai/classify/normalize";
import { canonicalText } from "@/lib/ai/guardrails/canonical-text";

// Features of a seller's text for the learned guardrail model: the intent model's features (words,
// stems, character n-grams, word pairs; lib/ai/classify/features.ts) of the text with its obfuscation
// undone (canonical-text.ts: spaced letters, «точка», look-alikes), plus the shapes contacts take
// whatever their words: long runs of digits, an "@" before a word, a dotted name. The trainer
// (npm run train:guardrails) and checkText share this function.

const SHAPES: [string, RegExp][] = [
  ["#digits:5+", /\d(?:[\s().-]*\d){4}/],
  ["#digits:9+", /\d(?:[\s().-]*\d){8}/],
  ["#at-word", /@\s?[a-zа-я0-9_]/],
  ["#dotted", /[a-zа-я0-9]\.[a-zа-я]{2,}/],
  ["#plus-digit", /\+\s?\d/],
];

/** The features of a text; `canonical` is its canonical form when the caller has it already. */
export function guardrailFeatures(text: string, canonical = canonicalText(text).text): string[] {
  const features = messageFeatures(canonical);
  const normalized = normalizeText(canonical);
  for (const [name, re] of SHAPES) if (re.test(normalized)) features.push(name);
  return features;
}

/** The words of a canonical text as the model reads them, each with the features it contributes. */
export function guardrailWords(canonical: string): { word: string; features: string[] }[] {
  const seen = new Set<string>();
  return tokenize(canonical).flatMap((word) => {
    if (seen.has(word)) return [];
    seen.add(word);
    return [{ word, features: wordFeatures(word) }];
  });
}
