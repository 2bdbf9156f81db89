// The lexicon's reading of sentiment: weighted terms and markers, and the rules that read negation,
// conditions, praise turned into a complaint ("…, но …") and politeness. combine.ts weighs its verdict
// against the n-gram model by how much evidence it rests on.
import { HYPOTHETICAL, reportsDefect } from "@/lib/ai/classify/lexicon-classifier";
import { compileLexicon, findTerms, scoreHits, type TermHit } from "@/lib/ai/classify/match-lexicon";
import { tokenize } from "@/lib/ai/classify/normalize";
import {
  NEGATIVE_MARKERS,
  POSITIVE_MARKERS,
  SENTIMENT_LEXICON,
  type Polarity,
} from "@/lib/ai/classify/sentiment-lexicon";
import type { Intent, Sentiment } from "@/lib/ai/types";

const SENTIMENT_TERMS = compileLexicon(SENTIMENT_LEXICON);

/**
 * The lexicon's sentiment and the score it rests on. For neutral, the score is the evidence it weighed and
 * set aside (a negated or imagined complaint, politeness): 0 means it knew no word of the message.
 */
export type LexiconSentiment = { sentiment: Sentiment; score: number };

// A score this high means a decisive term (weight 3) or several weaker ones.
export const STRONG_SENTIMENT = 3;

// "не понравилось", "not great": a negated positive word is a complaint.
const NEGATORS = new Set(["не", "ни", "not", "no", "нет"]);
// "не плохо", "без обмана", "never disappoints": a negated complaint word is no complaint.
const CANCELLERS = new Set(["не", "ни", "not", "без", "never"]);
// Words between a negation and what it negates: "не очень понравилось", "not very good".
const INTENSIFIERS = new Set(["очень", "особо", "совсем", "слишком", "сильно", "так", "very", "really", "that", "so"]);
// Praise, then one of these and a complaint: "Платье красивое, но торчат нитки", "Love it, but it broke".
const CONTRAST = new Set(["но", "однако", "but", "however", "though"]);
// Regret is itself the complaint after praise: "красивая кружка, жаль, что с трещиной".
const REGRET = new Set(["жаль", "shame", "unfortunately"]);
// Praise in quotation marks is sarcasm: «быстрый» ответ через неделю.
const QUOTED = /[«"“„]([^«»"“”„]{2,30})[»"”“]/g;
const SARCASTIC_WORDS = /^(?:быстр|оперативн|fast|quick|speedy|prompt)/;
// How far back a condition reaches: "а если я приеду и вещь не понравится".
const CONDITION_REACH = 5;

function negatedBy(set: ReadonlySet<string>, tokens: readonly string[], index: number): boolean {
  const before = tokens[index - 1] ?? "";
  return set.has(before) || (INTENSIFIERS.has(before) && set.has(tokens[index - 2] ?? ""));
}

const isCondition = (tokens: readonly string[], i: number) =>
  HYPOTHETICAL.has(tokens[i]!) && tokens[i + 1] !== "честно";

// "а если не подойдёт, можно вернуть?": what a condition imagines has not happened.
function imagined(tokens: readonly string[], index: number): boolean {
  for (let i = Math.max(0, index - CONDITION_REACH); i < index; i++) if (isCondition(tokens, i)) return true;
  return false;
}

const negation = (token: string) => NEGATORS.has(token) || token.endsWith("n't");

// Praise followed by a contrast and then a complaint word, a negation or a defect, or by regret.
function praiseTurnedComplaint(tokens: readonly string[], hits: TermHit<Polarity>[]): boolean {
  const firstPraise = Math.min(...hits.filter((h) => h.term.label === "positive").map((h) => h.index));
  for (let c = firstPraise + 1; c < tokens.length; c++) {
    if (REGRET.has(tokens[c]!)) return true;
    if (!CONTRAST.has(tokens[c]!)) continue;
    if (hits.some((h) => h.term.label === "negative" && h.index > c)) return true;
    const rest = tokens.slice(c + 1);
    if (rest.some(negation) || reportsDefect(rest)) return true;
  }
  return false;
}

function sarcasticQuote(text: string): boolean {
  for (const [, quoted] of text.matchAll(QUOTED)) {
    const tokens = tokenize(quoted!);
    if (tokens.some((t) => SARCASTIC_WORDS.test(t))) return true;
    if (findTerms(tokens, SENTIMENT_TERMS).some((h) => h.term.label === "positive")) return true;
  }
  return false;
}

function shouting(text: string): boolean {
  const letters = text.match(/[A-Za-zА-Яа-яЁё]/g) ?? [];
  if (letters.length < 8) return false;
  const upper = letters.filter((ch) => ch === ch.toUpperCase()).length;
  return upper / letters.length > 0.6;
}

export function lexiconSentiment(
  tokens: readonly string[],
  text: string,
  intent: Intent,
  rating?: number,
): LexiconSentiment {
  const score: Record<Polarity, number> = { negative: 0, positive: 0 };
  let setAside = 0;
  const hits = findTerms(tokens, SENTIMENT_TERMS).flatMap((hit) => {
    const flipped = hit.term.label === "positive" && negatedBy(NEGATORS, tokens, hit.index);
    if (hit.term.label === "positive" && !flipped) return [hit];
    if (imagined(tokens, hit.index) || (!flipped && negatedBy(CANCELLERS, tokens, hit.index))) {
      setAside += hit.term.weight;
      return [];
    }
    return [flipped ? { ...hit, term: { ...hit.term, label: "negative" as Polarity } } : hit];
  });
  for (const [polarity, value] of scoreHits(hits)) score[polarity] += value;
  for (const marker of NEGATIVE_MARKERS) if (text.includes(marker)) score.negative += 2;
  for (const marker of POSITIVE_MARKERS) if (text.includes(marker)) score.positive += 2;
  if (shouting(text)) score.negative += 2;
  // "где посылка???" is impatience; a doubled mark is only emphasis.
  if (/\?{3,}/.test(text)) score.negative += 2;
  else if (/\?{2}/.test(text)) score.negative += 1;
  // Sarcasm and praise before a "but" make the message a complaint: none of its praise counts.
  const sarcastic = sarcasticQuote(text);
  const turned = !sarcastic && score.positive > 0 && praiseTurnedComplaint(tokens, hits);
  if (sarcastic || turned) [score.negative, score.positive] = [score.negative + (sarcastic ? STRONG_SENTIMENT : 2), 0];
  // Thanking in advance or for an answer is politeness around a request, not praise.
  else if (intent !== "thanks") score.positive /= 2;
  else score.positive += 2;

  if (rating !== undefined && rating <= 2) return { sentiment: "negative", score: STRONG_SENTIMENT };
  const asksWhatIf = text.includes("?") && tokens.some((_, i) => isCondition(tokens, i));
  // A broken or wrong item is a problem even when the buyer writes calmly; asking what happens if one
  // arrives broken is not a report of one.
  if (intent === "defect") {
    if (score.positive >= score.negative + 3) return { sentiment: "positive", score: score.positive };
    if (!asksWhatIf || score.negative >= 2) return { sentiment: "negative", score: Math.max(score.negative, 3) };
  }
  if (score.negative >= 2 && score.negative > score.positive) return { sentiment: "negative", score: score.negative };
  if (score.positive >= 3 && score.positive > score.negative) return { sentiment: "positive", score: score.positive };
  if (rating !== undefined && rating >= 4 && score.negative === 0) return { sentiment: "positive", score: 3 };
  return { sentiment: "neutral", score: score.negative + score.positive + setAside + (asksWhatIf ? 1 : 0) };
}
