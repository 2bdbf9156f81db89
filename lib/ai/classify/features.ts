import { normalizeText, tokenize } from "@/lib/ai/classify/normalize";

// Features of a buyer message for the linear model, all over the normalised text (tokenize folds case,
// look-alike letters, invisible characters and transliteration): character n-grams of every word
// (2 to 5 letters, the word padded with spaces so beginnings and endings count), the words, a crude
// stem (the first five letters, so "сломался", "сломалась" and "сломан" meet), word pairs, the first
// and the last word, and a few shape features. Character n-grams are what lets the model read "доставочка", "пришол" and "дотавка"
// like the words it was trained on. The training script and the classifier share this function.
const MIN_GRAM = 2;
const MAX_GRAM = 5;
const STEM = 5;

/** The features one word contributes: the word, its stem and its character n-grams. */
export function wordFeatures(token: string): string[] {
  const features = [`w:${token}`];
  if (/^\d+$/.test(token)) return features;
  if (token.length > STEM) features.push(`s:${token.slice(0, STEM)}`);
  const padded = ` ${token} `;
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= padded.length; i++) features.push(padded.slice(i, i + n));
  }
  return features;
}

export function messageFeatures(text: string): string[] {
  const tokens = tokenize(text);
  const features = new Set<string>();
  for (const token of tokens) for (const feature of wordFeatures(token)) features.add(feature);
  for (let i = 0; i + 1 < tokens.length; i++) features.add(`b:${tokens[i]} ${tokens[i + 1]}`);
  // How a message opens and ends says much about what it is: «ок, …», «…, жду», "…, thanks".
  if (tokens.length) {
    features.add(`f:${tokens[0]}`);
    features.add(`l:${tokens.at(-1)}`);
  }
  const normalized = normalizeText(text);
  if (normalized.includes("?")) features.add("#question");
  if (/!{2,}|\?{2,}/.test(normalized)) features.add("#emphasis");
  if (/\p{Extended_Pictographic}/u.test(text)) features.add("#emoji");
  if (/[a-z]/.test(normalized) && !/[а-я]/.test(normalized)) features.add("#latin");
  features.add(
    tokens.length <= 2 ? "#len:1-2" : tokens.length <= 5 ? "#len:3-5" : tokens.length <= 12 ? "#len:6-12" : "#len:13+",
  );
  return [...features];
}
