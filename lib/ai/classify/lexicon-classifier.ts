// The hand-written lexicon classifier of intents: terms with weights, typo-tolerant matching, and the rules
// that read politeness and hypotheticals (lexicon-sentiment.ts reads sentiment). classify-message.ts
// combines it with the n-gram model.
import { INTENT_LEXICON } from "@/lib/ai/classify/intent-lexicon";
import { compileLexicon, findTerms, scoreHits, type TermHit } from "@/lib/ai/classify/match-lexicon";
import { tokenize } from "@/lib/ai/classify/normalize";
import { NEGATIVE_MARKERS, POSITIVE_MARKERS } from "@/lib/ai/classify/sentiment-lexicon";
import { intentSchema, type Intent } from "@/lib/ai/types";

const INTENT_TERMS = compileLexicon(INTENT_LEXICON);

// On equal scores the intent that needs the seller more wins: a defect hidden in a return request
// must still reach the defect queue.
const PRECEDENCE: readonly Intent[] = intentSchema.options.slice().sort((a, b) => rank(a) - rank(b));
function rank(intent: Intent): number {
  return ["defect", "return", "delivery", "availability", "size_fit", "thanks", "other", "no_reply"].indexOf(intent);
}

const MIN_INTENT_SCORE = 2;
export const HYPOTHETICAL = new Set(["если", "вдруг", "if"]);

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

/** Whether these words report a defect by the intent lexicon ("ремешок оторвался"), what-ifs set aside. */
export function reportsDefect(tokens: readonly string[]): boolean {
  return (intentScores(tokens, tokens.join(" ")).scores.get("defect") ?? 0) >= MIN_INTENT_SCORE;
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
