// npm run train:classifier
// Trains the intent and sentiment model (multinomial logistic regression over character n-grams,
// words and stems, lib/ai/classify/features.ts) and writes lib/ai/classify/model.json.
// Reads only the files listed in TRAINING_FILES: no blind or held-out set is ever read here.
// The regularisation and the lexicon bonuses of the combination (lib/ai/classify/combine.ts) are
// chosen by 5-fold cross-validation: every figure printed is on messages the model did not train on.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { combineIntent } from "@/lib/ai/classify/combine";
import { messageFeatures } from "@/lib/ai/classify/features";
import { lexiconIntent } from "@/lib/ai/classify/lexicon-classifier";
import { lexiconSentiment } from "@/lib/ai/classify/lexicon-sentiment";
import {
  encodeHead,
  hashedInput,
  predict,
  type Combination,
  type Head,
  type LinearModelFile,
  type Probabilities,
} from "@/lib/ai/classify/linear-model";
import { tokenize } from "@/lib/ai/classify/normalize";
import { trainHead, trainingInputs } from "@/lib/ai/classify/train-head";
import { labelledMessageSchema, loadJsonl, type LabelledMessage } from "@/lib/ai/eval/eval-sets";
import { intentSchema, sentimentSchema } from "@/lib/ai/types";
import { trainingFiles, trainingSettings } from "./training-settings";
import { sentimentCorrect, tuneSentiment, type SentimentCase } from "./tune-sentiment";

const ROOT = path.join(import.meta.dirname, "..");
// The tuning and training sets only. No held-out or blind set (*holdout*, *blind*) is read here, not
// even the first blind set whose misses were read long ago: the model must not learn a test set's wording.
const TRAINING_FILES = trainingFiles("messages", 8);
const OUT = path.join(ROOT, "lib/ai/classify/model.json");
// 2^14 buckets of one byte per label keep model.json under 300 KB with every feature in; the
// cross-validation below scores the hashed, quantised model, so collisions and rounding are measured.
const { buckets: BUCKETS, epochs: EPOCHS, l2Grid: L2_GRID } = trainingSettings({ l2: "0.00003,0.0001" });
const TRAIN = { buckets: BUCKETS, epochs: EPOCHS, l2: 0 };
const FOLDS = 5;
const INTENT_BONUSES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01];

const sets = TRAINING_FILES.map((file) => loadJsonl({ file: path.join(ROOT, file), schema: labelledMessageSchema }));
const rows: LabelledMessage[] = sets.flat();
const features = rows.map((r) => messageFeatures(r.text));
const intents = intentSchema.options;
const sentiments = sentimentSchema.options;

function train(indices: number[], l2: number): { intent: Head; sentiment: Head } {
  const options = { ...TRAIN, l2 };
  const ids = trainingInputs(
    indices.map((i) => features[i]!),
    options,
  );
  const intent = trainHead(
    ids,
    indices.map((i) => intents.indexOf(rows[i]!.intent)),
    intents,
    options,
  );
  const sentiment = trainHead(
    ids,
    indices.map((i) => sentiments.indexOf(rows[i]!.sentiment)),
    sentiments,
    options,
  );
  return { intent, sentiment };
}

type OutOfFold = { intent: Probabilities; sentiment: Probabilities };
function crossValidate(l2: number): OutOfFold[] {
  const out: OutOfFold[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(
      rows.flatMap((_, i) => (i % FOLDS !== fold ? [i] : [])),
      l2,
    );
    rows.forEach((_, i) => {
      if (i % FOLDS !== fold) return;
      const input = hashedInput(features[i]!, BUCKETS);
      out[i] = { intent: predict(model.intent, input), sentiment: predict(model.sentiment, input) };
    });
  }
  return out;
}

// The lexicon is fixed (not trained), so its verdicts are computed once.
const lexicon = rows.map((r) => {
  const tokens = tokenize(r.text);
  return { tokens, intent: lexiconIntent(tokens, r.text), asks: r.text.includes("?") };
});
const share = (n: number) => n / rows.length;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

// What the sentiment combination sees of each training message under an intent combination.
const sentimentCases = (oof: OutOfFold[], c: Combination): SentimentCase[] =>
  rows.map((row, i) => {
    const intent = intentAt(oof, c, i);
    return {
      intent,
      lexicon: lexiconSentiment(lexicon[i]!.tokens, row.text, intent),
      model: oof[i]!.sentiment,
      expected: row.sentiment,
    };
  });

function scoreCombination(oof: OutOfFold[], c: Combination): { intent: number; sentiment: number } {
  return {
    intent: share(rows.filter((r, i) => intentAt(oof, c, i) === r.intent).length),
    sentiment: share(sentimentCorrect(sentimentCases(oof, c), c)),
  };
}

// The intent the combination picks for training message i from its out-of-fold probabilities.
const intentAt = (oof: OutOfFold[], c: Combination, i: number) =>
  combineIntent({
    lexicon: lexicon[i]!.intent,
    model: oof[i]!.intent,
    bonus: c.intentBonus,
    weakBonus: c.weakIntentBonus,
    offsets: c.intentOffsets,
    asks: lexicon[i]!.asks,
  });
const correctOn = (oof: OutOfFold[], c: Combination, on: number[]) =>
  on.filter((i) => intentAt(oof, c, i) === rows[i]!.intent).length;
type Tune = (oof: OutOfFold[], c: Combination, on: number[]) => Combination;

// How far to trust a lexicon verdict that rests on weak words only; ties keep the smaller bonus.
const tuneWeakBonus: Tune = (oof, c, on) =>
  INTENT_BONUSES.map((weakIntentBonus) => ({ ...c, weakIntentBonus })).reduce((a, x) =>
    correctOn(oof, x, on) > correctOn(oof, a, on) ? x : a,
  );

// Per-intent offsets by coordinate search; ties keep the smaller offset.
const OFFSETS = [0, -0.05, 0.05, -0.1, 0.1, -0.15, 0.15, -0.2, 0.2, -0.3, 0.3];
const tuneOffsets: Tune = (oof, c, on) => {
  const offsets: Record<string, number> = Object.fromEntries(intents.map((l) => [l, 0]));
  const tuned = { ...c, intentOffsets: offsets };
  for (let pass = 0; pass < 2; pass++) {
    for (const label of intents) {
      let [bestValue, bestCorrect] = [0, -1];
      for (const value of OFFSETS) {
        offsets[label] = value;
        const n = correctOn(oof, tuned, on);
        if (n > bestCorrect) [bestValue, bestCorrect] = [value, n];
      }
      offsets[label] = bestValue;
    }
  }
  return tuned;
};

// Scored honestly by nesting: each fold's setting is tuned on the other folds' messages only.
function nestedScore(oof: OutOfFold[], c: Combination, tune: Tune): number {
  let ok = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const tuned = tune(
      oof,
      c,
      rows.flatMap((_, i) => (i % FOLDS !== fold ? [i] : [])),
    );
    ok += correctOn(
      oof,
      tuned,
      rows.flatMap((_, i) => (i % FOLDS === fold ? [i] : [])),
    );
  }
  return share(ok);
}

// Recall per intent of the chosen combination, and with MISSES=N its first N out-of-fold intent misses:
// what to look at when tuning (these are training messages, never a blind set).
function printCrossValidatedMisses(oof: OutOfFold[], c: Combination) {
  const got = rows.map((_, i) => intentAt(oof, c, i));
  const recall = intents.map((intent) => {
    const of = rows.flatMap((r, i) => (r.intent === intent ? [i] : []));
    return `${intent} ${pct(of.filter((i) => got[i] === intent).length / Math.max(1, of.length))} (${of.length})`;
  });
  console.log(`cross-validated intent recall: ${recall.join(", ")}`);
  const byMarketplace = [...new Set(rows.map((r) => r.marketplace))].map((m) => {
    const of = rows.flatMap((r, i) => (r.marketplace === m ? [i] : []));
    return `${m} ${pct(of.filter((i) => got[i] === rows[i]!.intent).length / of.length)} (${of.length})`;
  });
  console.log(`cross-validated intent by marketplace: ${byMarketplace.join(", ")}`);
  const misses = rows.flatMap((r, i) =>
    got[i] !== r.intent ? [`  [${r.marketplace}] expected ${r.intent}, got ${got[i]}: ${r.text}`] : [],
  );
  for (const line of misses.slice(0, Number(process.env.MISSES ?? 0))) console.log(line);
}

function printSentiment(t: ReturnType<typeof tuneSentiment>) {
  const { chosen: c, single } = t;
  console.log(
    `  sentiment, one bonus for every neutral (decisive and weak 1.01): best neutral ${single.neutralBonus}, ${pct(t.singleAccuracy)}`,
  );
  console.log(
    `  sentiment, decisive ${c.sentimentBonus} / weak ${c.weakSentimentBonus} / neutral ${c.neutralBonus} / blank neutral ${c.blankNeutralBonus}: ${pct(t.accuracy)}, nested cross-validation ${pct(t.nested)}`,
  );
}

console.log(`${rows.length} messages from ${TRAINING_FILES.join(", ")}; ${FOLDS}-fold cross-validation`);
console.log(
  `lexicon alone: intent ${pct(share(rows.filter((r, i) => (lexicon[i]!.intent?.intent ?? "other") === r.intent).length))}`,
);
let best: { l2: number; combination: Combination; intent: number; sentiment: number; oof: OutOfFold[] } | undefined;
for (const l2 of L2_GRID) {
  const oof = crossValidate(l2);
  const modelIntent = share(rows.filter((r, i) => oof[i]!.intent[0]!.label === r.intent).length);
  const modelSentiment = share(rows.filter((r, i) => oof[i]!.sentiment[0]!.label === r.sentiment).length);
  console.log(`\nL2 ${l2}: model alone intent ${pct(modelIntent)}, sentiment ${pct(modelSentiment)}`);
  const byIntentBonus = INTENT_BONUSES.map((intentBonus) => ({
    intentBonus,
    ...scoreCombination(oof, { intentBonus, sentimentBonus: 1.01, neutralBonus: 0.2, intentOffsets: {} }),
  }));
  console.log(
    `  combined intent by lexicon bonus: ${byIntentBonus.map((r) => `${r.intentBonus} ${pct(r.intent)}`).join(", ")}`,
  );
  // Ties go to the smaller bonus: the more the model decides, the better it reads unseen wording.
  const intentBonus = byIntentBonus.reduce((a, r) => (r.intent > a.intent ? r : a)).intentBonus;
  const intentOnly: Combination = { intentBonus, sentimentBonus: 1.01, neutralBonus: 0.6, intentOffsets: {} };
  const tuned = tuneSentiment(sentimentCases(oof, intentOnly), FOLDS);
  printSentiment(tuned);
  const top = {
    c: { ...intentOnly, ...tuned.chosen },
    intent: byIntentBonus.find((r) => r.intentBonus === intentBonus)!.intent,
  };
  console.log(`  combined: intent ${pct(top.intent)}, sentiment ${pct(tuned.accuracy)}`);
  if (!best || top.intent + tuned.accuracy > best.intent + best.sentiment)
    best = { l2, combination: top.c, intent: top.intent, sentiment: tuned.accuracy, oof };
}

const chosen = best!;
console.log("");
for (const [name, tune] of [
  ["weak-lexicon bonus", tuneWeakBonus],
  ["intent offsets", tuneOffsets],
] as const) {
  const nested = nestedScore(chosen.oof, chosen.combination, tune);
  console.log(`${name}, nested cross-validation: intent ${pct(chosen.intent)} without, ${pct(nested)} with`);
  if (nested > chosen.intent)
    [chosen.combination, chosen.intent] = [
      tune(
        chosen.oof,
        chosen.combination,
        rows.map((_, i) => i),
      ),
      nested,
    ];
}
// Sentiment reads the intent (a defect is negative), so its bonuses are tuned again with the final intents.
const final = tuneSentiment(sentimentCases(chosen.oof, chosen.combination), FOLDS);
console.log("final intents:");
printSentiment(final);
[chosen.combination, chosen.sentiment] = [{ ...chosen.combination, ...final.chosen }, final.nested];
console.log(`chosen: L2 ${chosen.l2}, ${JSON.stringify(chosen.combination)}`);
console.log(
  `cross-validated: intent ${pct(chosen.intent)}, sentiment ${pct(chosen.sentiment)} (nested; ${pct(final.accuracy)} tuned on all folds)`,
);
printCrossValidatedMisses(chosen.oof, chosen.combination);
const heads = train(
  rows.map((_, i) => i),
  chosen.l2,
);
const model: LinearModelFile = {
  version: 2,
  trainedOn: TRAINING_FILES,
  combination: chosen.combination,
  buckets: BUCKETS,
  intent: encodeHead(heads.intent),
  sentiment: encodeHead(heads.sentiment),
};
const json = JSON.stringify(model);
writeFileSync(OUT, `${json}\n`);
const used = new Set(features.flat()).size;
console.log(
  `wrote ${path.relative(ROOT, OUT)}: ${used} distinct features in ${BUCKETS} buckets, ${(json.length / 1024).toFixed(0)} KB`,
);
