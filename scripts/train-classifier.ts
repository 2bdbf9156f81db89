// npm run train:classifier
// Trains the intent and sentiment model (multinomial logistic regression over character n-grams,
// lib/ai/classify/features.ts) on the tuning sets and writes lib/ai/classify/model.json.
// Reads only the files listed in TRAINING_FILES: the held-out and blind sets are never read here.
// Prints 5-fold cross-validated accuracy of the model alone, the lexicon alone and the combination
// that classify-message.ts uses, so a change is judged on messages the model did not train on.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { combineIntent, combineSentiment } from "@/lib/ai/classify/combine";
import { messageFeatures } from "@/lib/ai/classify/features";
import { lexiconIntent, lexiconSentiment } from "@/lib/ai/classify/lexicon-classifier";
import { predict, softmax, type Head, type LinearModelFile } from "@/lib/ai/classify/linear-model";
import { tokenize } from "@/lib/ai/classify/normalize";
import { labelledMessageSchema, loadJsonl, type LabelledMessage } from "@/lib/ai/eval/eval-sets";
import { intentSchema, sentimentSchema } from "@/lib/ai/types";

const ROOT = path.join(import.meta.dirname, "..");
const TRAINING_FILES = ["lib/ai/eval/messages.jsonl", "lib/ai/eval/messages-train.jsonl"];
const OUT = path.join(ROOT, "lib/ai/classify/model.json");
const MIN_DOCS = 2; // a feature seen in one message only is noise
const EPOCHS = Number(process.env.EPOCHS ?? 100);
const L2 = Number(process.env.L2 ?? 2e-3);
const RATE = 0.05;

const rows: LabelledMessage[] = TRAINING_FILES.flatMap((file) => loadJsonl({ file: path.join(ROOT, file), schema: labelledMessageSchema }));

function vocabularyOf(docs: string[][]): string[] {
  const df = new Map<string, number>();
  for (const doc of docs) for (const f of doc) df.set(f, (df.get(f) ?? 0) + 1);
  return [...df].filter(([, n]) => n >= MIN_DOCS).map(([f]) => f).sort();
}

// Full-batch gradient descent with Adam on sparse binary features.
function trainHead(docs: number[][], targets: number[], labels: readonly string[], features: number): Head {
  const K = labels.length;
  const w = Array.from({ length: features }, () => new Float64Array(K));
  const b = new Float64Array(K);
  const m = Array.from({ length: features }, () => new Float64Array(K));
  const v = Array.from({ length: features }, () => new Float64Array(K));
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const [b1, b2, eps] = [0.9, 0.999, 1e-8];
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const gw = Array.from({ length: features }, () => new Float64Array(K));
    const gb = new Float64Array(K);
    docs.forEach((doc, d) => {
      const scores = Array.from(b);
      for (const f of doc) for (let k = 0; k < K; k++) scores[k]! += w[f]![k]!;
      const p = softmax(scores);
      for (let k = 0; k < K; k++) {
        const g = (p[k]! - (targets[d] === k ? 1 : 0)) / docs.length;
        gb[k]! += g;
        for (const f of doc) gw[f]![k]! += g;
      }
    });
    const step = (param: Float64Array, grad: Float64Array, mm: Float64Array, vv: Float64Array, decay: boolean) => {
      for (let k = 0; k < K; k++) {
        const g = grad[k]! + (decay ? L2 * param[k]! : 0);
        mm[k] = b1 * mm[k]! + (1 - b1) * g;
        vv[k] = b2 * vv[k]! + (1 - b2) * g * g;
        param[k]! -= (RATE * (mm[k]! / (1 - b1 ** epoch))) / (Math.sqrt(vv[k]! / (1 - b2 ** epoch)) + eps);
      }
    };
    for (let f = 0; f < features; f++) step(w[f]!, gw[f]!, m[f]!, v[f]!, true);
    step(b, gb, mb, vb, false);
  }
  return {
    labels: [...labels],
    bias: Array.from(b, (x) => Math.round(x * 100) / 100),
    weights: w.map((row) => Array.from(row, (x) => Math.round(x * 100))),
  };
}

function train(trainRows: LabelledMessage[]): LinearModelFile {
  const docs = trainRows.map((r) => messageFeatures(r.text));
  const vocabulary = vocabularyOf(docs);
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const ids = docs.map((doc) => doc.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const intents = intentSchema.options;
  const sentiments = sentimentSchema.options;
  return {
    version: 1,
    trainedOn: TRAINING_FILES,
    vocabulary,
    intent: trainHead(ids, trainRows.map((r) => intents.indexOf(r.intent)), intents, vocabulary.length),
    sentiment: trainHead(ids, trainRows.map((r) => sentiments.indexOf(r.sentiment)), sentiments, vocabulary.length),
  };
}

const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];
const byThreshold = new Map<number, number>();
const bySentimentThreshold = new Map<number, number>();
function classifyWith(model: LinearModelFile, text: string, expected: string, expectedSentiment: string) {
  const index = new Map(model.vocabulary.map((f, i) => [f, i]));
  const ids = messageFeatures(text).flatMap((f) => (index.has(f) ? [index.get(f)!] : []));
  const tokens = tokenize(text);
  const intentProbs = predict(model.intent, ids);
  const sentimentProbs = predict(model.sentiment, ids);
  const lexicon = lexiconIntent(tokens, text);
  const intent = combineIntent({ lexicon, model: intentProbs, asks: text.includes("?") });
  const lexSentiment = lexiconSentiment(tokens, text, intent);
  for (const t of THRESHOLDS) if (combineSentiment({ intent, lexicon: lexSentiment, model: sentimentProbs, confident: t }) === expectedSentiment) bySentimentThreshold.set(t, (bySentimentThreshold.get(t) ?? 0) + 1);
  for (const t of THRESHOLDS) if (combineIntent({ lexicon, model: intentProbs, confident: t, asks: text.includes("?") }) === expected) byThreshold.set(t, (byThreshold.get(t) ?? 0) + 1);
  return {
    modelIntent: intentProbs[0]!.label,
    lexiconIntent: lexicon?.intent ?? "other",
    intent,
    modelSentiment: sentimentProbs[0]!.label,
    sentiment: combineSentiment({ intent, lexicon: lexiconSentiment(tokens, text, intent), model: sentimentProbs }),
  };
}

// Deterministic folds: every fifth message.
const FOLDS = 5;
const tally = { modelIntent: 0, lexiconIntent: 0, intent: 0, modelSentiment: 0, sentiment: 0 };
for (let fold = 0; fold < FOLDS; fold++) {
  const model = train(rows.filter((_, i) => i % FOLDS !== fold));
  rows.forEach((row, i) => {
    if (i % FOLDS !== fold) return;
    const got = classifyWith(model, row.text, row.intent, row.sentiment);
    if (got.modelIntent === row.intent) tally.modelIntent++;
    if (got.lexiconIntent === row.intent) tally.lexiconIntent++;
    if (got.intent === row.intent) tally.intent++;
    if (got.modelSentiment === row.sentiment) tally.modelSentiment++;
    if (got.sentiment === row.sentiment) tally.sentiment++;
  });
}
const pctOf = (m: Map<number, number>) => THRESHOLDS.map((t) => `${t} ${pct(m.get(t) ?? 0)}`).join(", ");
const pct = (n: number) => `${((n / rows.length) * 100).toFixed(1)}%`;
console.log(`${rows.length} messages from ${TRAINING_FILES.join(", ")}`);
console.log(`${FOLDS}-fold cross-validation: intent  model ${pct(tally.modelIntent)}, lexicon ${pct(tally.lexiconIntent)}, combined ${pct(tally.intent)}`);
console.log(`combined intent by model threshold: ${pctOf(byThreshold)}`);
console.log(`combined sentiment by model threshold: ${pctOf(bySentimentThreshold)}`);
console.log(`${FOLDS}-fold cross-validation: sentiment  model ${pct(tally.modelSentiment)}, combined ${pct(tally.sentiment)}`);

const model = train(rows);
const json = JSON.stringify(model);
writeFileSync(OUT, `${json}\n`);
console.log(`wrote ${path.relative(ROOT, OUT)}: ${model.vocabulary.length} features, ${(json.length / 1024).toFixed(0)} KB`);
