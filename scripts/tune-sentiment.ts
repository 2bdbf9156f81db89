// The sentiment half of npm run train:classifier: how far combineSentiment trusts each kind of lexicon
// verdict (decisive, weak, neutral after weighing words, neutral from knowing none), chosen on the
// out-of-fold model probabilities of the training messages and scored by nested cross-validation.
import { combineSentiment, sentimentBonuses, type SentimentBonuses } from "@/lib/ai/classify/combine";
import type { LexiconSentiment } from "@/lib/ai/classify/lexicon-sentiment";
import type { Probabilities } from "@/lib/ai/classify/linear-model";
import type { Intent, Sentiment } from "@/lib/ai/types";

/** One training message as the sentiment combination sees it: its intent, the lexicon's verdict, the out-of-fold model. */
export type SentimentCase = { intent: Intent; lexicon: LexiconSentiment; model: Probabilities; expected: Sentiment };

const DECISIVE = [0.4, 0.6, 0.8, 1.01];
const WEAK = [0, 0.1, 0.2, 0.3, 0.4, 0.6, 1.01];
const NEUTRAL = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8];

// Smaller bonuses first, so that ties go to the model: it reads wording the lexicon never saw.
const GRID: SentimentBonuses[] = DECISIVE.flatMap((sentimentBonus) =>
  WEAK.flatMap((weakSentimentBonus) =>
    NEUTRAL.flatMap((neutralBonus) =>
      NEUTRAL.map((blankNeutralBonus) => ({ sentimentBonus, weakSentimentBonus, neutralBonus, blankNeutralBonus })),
    ),
  ),
);
// The combination as it was: explicit verdicts always win, one bonus for every neutral.
const SINGLE_NEUTRAL: SentimentBonuses[] = NEUTRAL.map((neutralBonus) => ({
  sentimentBonus: 1.01,
  weakSentimentBonus: 1.01,
  neutralBonus,
  blankNeutralBonus: neutralBonus,
}));

const combined = (c: SentimentCase, b: SentimentBonuses) =>
  combineSentiment({
    intent: c.intent,
    lexicon: c.lexicon,
    model: c.model,
    ...sentimentBonuses(b),
  });

export function sentimentCorrect(cases: SentimentCase[], b: SentimentBonuses, on?: number[]): number {
  return (on ?? cases.map((_, i) => i)).filter((i) => combined(cases[i]!, b) === cases[i]!.expected).length;
}

function best(cases: SentimentCase[], grid: SentimentBonuses[], on?: number[]): SentimentBonuses {
  let [top, topCorrect] = [grid[0]!, -1];
  for (const b of grid) {
    const n = sentimentCorrect(cases, b, on);
    if (n > topCorrect) [top, topCorrect] = [b, n];
  }
  return top;
}

/** The best bonuses on all the cases, the best with a single neutral bonus (as before), and the nested score. */
export function tuneSentiment(cases: SentimentCase[], folds: number) {
  const share = (n: number) => n / cases.length;
  const chosen = best(cases, GRID);
  const single = best(cases, SINGLE_NEUTRAL);
  let nested = 0;
  for (let fold = 0; fold < folds; fold++) {
    const train = cases.flatMap((_, i) => (i % folds !== fold ? [i] : []));
    const test = cases.flatMap((_, i) => (i % folds === fold ? [i] : []));
    nested += sentimentCorrect(cases, best(cases, GRID, train), test);
  }
  return {
    chosen,
    accuracy: share(sentimentCorrect(cases, chosen)),
    single,
    singleAccuracy: share(sentimentCorrect(cases, single)),
    nested: share(nested),
  };
}
