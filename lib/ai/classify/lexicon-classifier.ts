// The hand-written lexicon classifier: terms with weights, typo-tolerant matching, and the rules that
// read politeness, hypotheticals and shouting. classify-message.ts combines it with the n-gram model.
import { INTENT_LEXICON } from "@/lib/ai/classify/intent-lexicon";
import { compileLexicon, findTerms, type TermHit } from "@/lib/ai/classify/match-lexicon";
import { tokenize } from "@/lib/ai/classify/normalize";
import {
  NEGATIVE_MARKERS,
  POSITIVE_MARKERS,
  SENTIMENT_LEXICON,
  type Polarity,
} from "@/lib/ai/classify/sentiment-lexicon";
import { intentSchema, type Intent, type Sentiment } from "@/lib/ai/types";

const INTENT_TERMS = compileLexicon(INTENT_LEXICON);
const SENTIMENT_TERMS = compileLexicon(SENTIMENT_LEXICON);

// On equal scores the intent that needs the seller more wins: a defect hidden in a return request
// must still reach the defect queue.
const PRECEDENCE: readonly Intent[] = intentSchema.options.slice().sort((a, b) => rank(a) - rank(b));
function rank(intent: Intent): number {
  return ["defect", "return", "delivery", "availability", "size_fit", "thanks", "other", "no_reply"].indexOf(intent);
}

const MIN_INTENT_SCORE = 2;
const HYPOTHETICAL = new Set(["если", "вдруг", "if"]);
const NEGATORS = new Set(["не", "ни", "not", "no", "нет"]);

// Several terms of one intent often match the same word ("доставк", "доставлен"); a word counts once,
// with the strongest term that covers it.
function scoreHits<L extends string>(hits: TermHit<L>[]): Map<L, number> {
  const scores = new Map<L, number>();
  const covered = new Map<L, Set<number>>();
  const sorted = hits.slice().sort((a, b) => b.term.weight - a.term.weight || b.length - a.length);
  for (const hit of sorted) {
    const seen = covered.get(hit.term.label) ?? new Set<number>();
    if (seen.has(hit.index)) continue;
    for (let i = hit.index; i < hit.index + hit.length; i++) seen.add(i);
    covered.set(hit.term.label, seen);
    scores.set(hit.term.label, (scores.get(hit.term.label) ?? 0) + hit.term.weight);
  }
  return scores;
}

function isHypothetical(tokens: readonly string[], index: number): boolean {
  for (let i = Math.max(0, index - 3); i < index; i++) if (HYPOTHETICAL.has(tokens[i] ?? "")) return true;
  return false;
}

function intentScores(
  tokens: readonly string[],
  text: string,
): { scores: Map<Intent, number>; hits: TermHit<Intent>[] } {
  const hits = findTerms(tokens, INTENT_TERMS).filter(
    // "если сломается, где чинить" asks about warranty, it does not report a defect.
    (hit) => !(hit.term.label === "defect" && isHypothetical(tokens, hit.index)),
  );
  const scores = scoreHits(hits);
  // Gratitude inside a question is politeness ("спасибо, а когда будет?"), not the point of the message;
  // gratitude in a statement without a complaint is the point, even when it names what went well
  // ("спасибо за быструю доставку").
  const thanks = (scores.get("thanks") ?? 0) + (POSITIVE_MARKERS.some((m) => text.includes(m)) ? 1 : 0);
  if (thanks > 0) {
    const complaint = scores.has("defect") || NEGATIVE_MARKERS.some((m) => text.includes(m));
    scores.set("thanks", text.includes("?") ? thanks / 2 : complaint ? thanks : thanks + 2);
  }
  return { scores, hits };
}

// Which terms fired and how each intent scored: for the eval script's list of misses.
export function explainIntent({ text }: { text: string }): {
  scores: Partial<Record<Intent, number>>;
  terms: string[];
} {
  const { scores, hits } = intentScores(tokenize(text), text);
  return { scores: Object.fromEntries(scores), terms: hits.map((h) => `${h.term.label}:${h.term.text}`) };
}

// An acknowledgement that closes the exchange: every word is one of these, at least one of them is
// an acknowledgement proper (not only thanks), and nothing is asked. "ок", "спасибо, жду", "got it".
const ACK_CORE = new Set(
  (
    "ок окей оке оки ok okay kk хорошо ладно лан понятно понял поняла поняли ясно ясненько принято принял приняла " +
    "договорились добро угу ага жду ждем подожду подождем ждать сделаю поступлю попробую посмотрю связи noted understood alright got fine wait " +
    // The question settled: "вопрос снят", "разобралась, спасибо".
    "разобралась разобрался разобрались решен решён снят " +
    // Short English closings: "Great, thanks!", "Perfect, thank you" (with a product named it is praise).
    "great perfect cool"
  ).split(" "),
);
const ACK_OTHER = new Set(
  (
    "спасибо спс благодарю большое огромное за ответ информацию инфо вас тогда ну да так и на буду будем вам отлично thanks thank you it i ll i'll will do for the info update so much " +
    "sounds good then let me know letting всё все заберу зайду подъеду заеду завтра сегодня вечером утром " +
    "понедельник вторник среду четверг пятницу субботу воскресенье выходных до вопрос уже после работы курьера " +
    "оформила оформил оформлю возврат сама сам keep eye on tracking"
  ).split(" "),
);
// "спасибо за ответ", "thanks for the info": thanking for the answer closes the question it answered.
const THANKS_FOR_ANSWER =
  /(?:спасибо|благодарю|спс|thanks?)\s+(?:вам\s+|you\s+)?(?:за|for)\s+(?:the\s+)?(?:ответ|информаци|инфо|разъяснени|подсказк|info|reply|answer|update)/iu;
const ANSWER_WORDS = new Set([
  "ответ",
  "информацию",
  "инфо",
  "разъяснение",
  "подсказку",
  "reply",
  "answer",
  "information",
]);
const ACK_EMOJI = /^[\s\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F!.)]+$/u;

function isAcknowledgement(tokens: readonly string[], text: string): boolean {
  if (text.includes("?")) return false;
  if (tokens.length === 0) return ACK_EMOJI.test(text) && /[👍👌🙏🤝✅]/u.test(text);
  if (tokens.length > 8) return false;
  if (THANKS_FOR_ANSWER.test(text) && tokens.every((t) => ACK_CORE.has(t) || ACK_OTHER.has(t) || ANSWER_WORDS.has(t)))
    return true;
  return tokens.some((t) => ACK_CORE.has(t)) && tokens.every((t) => ACK_CORE.has(t) || ACK_OTHER.has(t));
}

/** The lexicon's intent and its score, or undefined when no intent scores high enough. */
export function lexiconIntent(tokens: readonly string[], text: string): { intent: Intent; score: number } | undefined {
  if (isAcknowledgement(tokens, text)) return { intent: "no_reply", score: 3 };
  const { scores } = intentScores(tokens, text);
  let best: Intent = "other";
  let bestScore = 0;
  for (const intent of PRECEDENCE) {
    const score = scores.get(intent) ?? 0;
    if (score > bestScore) {
      best = intent;
      bestScore = score;
    }
  }
  return bestScore >= MIN_INTENT_SCORE ? { intent: best, score: bestScore } : undefined;
}

function shouting(text: string): boolean {
  const letters = text.match(/[A-Za-zА-Яа-яЁё]/g) ?? [];
  if (letters.length < 8) return false;
  const upper = letters.filter((ch) => ch === ch.toUpperCase()).length;
  return upper / letters.length > 0.6;
}

export function lexiconSentiment(tokens: readonly string[], text: string, intent: Intent, rating?: number): Sentiment {
  const score: Record<Polarity, number> = { negative: 0, positive: 0 };
  const hits = findTerms(tokens, SENTIMENT_TERMS);
  for (const [polarity, value] of scoreHits(
    hits.map((hit) => {
      // "не понравилось", "not great": a negated positive word is a complaint.
      const negated = hit.term.label === "positive" && NEGATORS.has(tokens[hit.index - 1] ?? "");
      return negated ? { ...hit, term: { ...hit.term, label: "negative" as Polarity } } : hit;
    }),
  )) {
    score[polarity] += value;
  }
  for (const marker of NEGATIVE_MARKERS) if (text.includes(marker)) score.negative += 2;
  for (const marker of POSITIVE_MARKERS) if (text.includes(marker)) score.positive += 2;
  if (shouting(text)) score.negative += 2;
  // "где посылка???" is impatience; a doubled mark is only emphasis.
  if (/\?{3,}/.test(text)) score.negative += 2;
  else if (/\?{2}/.test(text)) score.negative += 1;
  // Thanking in advance or for an answer is politeness around a request, not praise.
  if (intent !== "thanks") score.positive /= 2;
  if (intent === "thanks") score.positive += 2;

  if (rating !== undefined && rating <= 2) return "negative";
  // A broken or wrong item is a problem even when the buyer writes calmly.
  if (intent === "defect") return score.positive >= score.negative + 3 ? "positive" : "negative";
  if (score.negative >= 2 && score.negative > score.positive) return "negative";
  if (score.positive >= 3 && score.positive > score.negative) return "positive";
  if (rating !== undefined && rating >= 4 && score.negative === 0) return "positive";
  return "neutral";
}
