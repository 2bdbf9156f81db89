// npm run train:guardrails
// Trains the learned guardrail model (lib/ai/guardrails/guard-model.ts: logistic regression over hashed
// character n-grams of the canonical text, one label per rule family and "none") and writes
// lib/ai/guardrails/guard-model.json. Reads only the files in TRAINING_FILES: no blind or held-out set.
// The regularisation and the blocking threshold are chosen by 5-fold cross-validation: the threshold is
// the lowest at which the model alone keeps PRECISION on the held-out folds; every figure printed is on
// texts the model did not train on.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { encodeHead, hashedInput, predict } from "@/lib/ai/classify/linear-model";
import { guardrailCaseSchema, loadJsonl, type GuardrailCase } from "@/lib/ai/eval/eval-sets";
import { ruleFindings } from "@/lib/ai/guardrails/check-text";
import { GUARD_LABELS } from "@/lib/ai/guardrails/guard-families";
import type { GuardModelFile } from "@/lib/ai/guardrails/guard-model";
import { trainingFiles, trainingSettings } from "./training-settings";
import { guardExamples, guardLabel, trainGuardHead } from "@/lib/ai/guardrails/train-guard-model";

const ROOT = path.join(import.meta.dirname, "..");
// The guardrail tuning and training sets only; no *holdout* or *blind* file is read here.
const TRAINING_FILES = trainingFiles("guardrails", 7);
const OUT = path.join(ROOT, "lib/ai/guardrails/guard-model.json");
const { buckets: BUCKETS, epochs: EPOCHS, l2Grid: L2_GRID } = trainingSettings({ l2: "0.00001,0.00003,0.0001" });
const FOLDS = 5;
const PRECISION = 0.99;

// A text written twice (in two files) would sit in a training fold and a held-out one at once.
const seen = new Set<string>();
const rows: GuardrailCase[] = TRAINING_FILES.flatMap((file) =>
  loadJsonl({ file: path.join(ROOT, file), schema: guardrailCaseSchema }),
).filter((r) => !seen.has(r.text) && seen.add(r.text));
const labelled = rows.flatMap((row) => {
  const label = guardLabel(row);
  return label === null ? [] : [{ row, label }];
});
const examples = guardExamples(labelled);
const kept = labelled.map((l) => l.row);
const violation = examples.map((e) => e.label !== 0);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type Fold = { p: number; label: number; family: number };
function crossValidate(l2: number): Fold[] {
  const out: Fold[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const head = trainGuardHead(
      examples.filter((_, i) => i % FOLDS !== fold),
      { buckets: BUCKETS, epochs: EPOCHS, l2 },
    );
    examples.forEach((e, i) => {
      if (i % FOLDS !== fold) return;
      const ranked = predict(head, hashedInput(e.features, BUCKETS));
      const family = GUARD_LABELS.indexOf(ranked.find((r) => r.label !== "none")!.label as never);
      out[i] = { p: 1 - ranked.find((r) => r.label === "none")!.p, label: e.label, family };
    });
  }
  return out;
}

function figures(blocked: boolean[]): { recall: number; precision: number; tp: number; fp: number } {
  const tp = blocked.filter((b, i) => b && violation[i]).length;
  const fp = blocked.filter((b, i) => b && !violation[i]).length;
  const positives = violation.filter(Boolean).length;
  return { recall: tp / positives, precision: tp + fp ? tp / (tp + fp) : 1, tp, fp };
}

const THRESHOLDS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
function chooseThreshold(oof: Fold[]) {
  const scored = THRESHOLDS.map((threshold) => ({ threshold, ...figures(oof.map((o) => o.p >= threshold)) }));
  return scored.find((s) => s.precision >= PRECISION) ?? scored.at(-1)!;
}

const positives = violation.filter(Boolean).length;
console.log(
  `${examples.length} texts (${positives} violations) from ${TRAINING_FILES.join(", ")}; ${rows.length - examples.length} left out (length or HTML only); ${FOLDS}-fold cross-validation`,
);
const rulesBlock = kept.map((r) => ruleFindings(r).some((f) => f.severity === "block"));
const rules = figures(rulesBlock);
console.log(
  `rules alone (tuned on these texts, so in-sample): recall ${pct(rules.recall)}, precision ${pct(rules.precision)}`,
);

let best: { l2: number; oof: Fold[]; chosen: ReturnType<typeof chooseThreshold> } | undefined;
for (const l2 of L2_GRID) {
  const oof = crossValidate(l2);
  const chosen = chooseThreshold(oof);
  const at = (t: number) => {
    const f = figures(oof.map((o) => o.p >= t));
    return `${t} ${pct(f.recall)}/${pct(f.precision)}`;
  };
  console.log(
    `\nL2 ${l2}: model alone, recall/precision by threshold: ${[0.5, 0.7, 0.8, 0.9, 0.95].map(at).join(", ")}`,
  );
  console.log(
    `  lowest threshold with precision ≥ ${pct(PRECISION)}: ${chosen.threshold} (recall ${pct(chosen.recall)}, precision ${pct(chosen.precision)}, ${chosen.fp} false alarms)`,
  );
  if (!best || chosen.recall > best.chosen.recall) best = { l2, oof, chosen };
}
const { l2, oof, chosen } = best!;
const model = oof.map((o) => o.p >= chosen.threshold);
const combined = figures(model.map((b, i) => b || rulesBlock[i]!));
const caughtByModelOnly = model.filter((b, i) => b && violation[i] && !rulesBlock[i]).length;
const familyRight = oof.filter((o) => o.label !== 0 && o.family === o.label).length;
console.log(`\nchosen: L2 ${l2}, threshold ${chosen.threshold}`);
console.log(
  `cross-validated, model alone: recall ${pct(chosen.recall)}, precision ${pct(chosen.precision)}; family right on ${pct(familyRight / positives)} of violations`,
);
console.log(
  `rules + model (rules in-sample): recall ${pct(combined.recall)}, precision ${pct(combined.precision)}; violations only the model caught: ${caughtByModelOnly}`,
);
for (let fold = 0; fold < FOLDS; fold++) {
  const idx = oof.map((_, i) => i).filter((i) => i % FOLDS === fold);
  const tp = idx.filter((i) => model[i] && violation[i]).length;
  const fp = idx.filter((i) => model[i] && !violation[i]).length;
  const fn = idx.filter((i) => !model[i] && violation[i]).length;
  console.log(`  fold ${fold + 1}: recall ${pct(tp / (tp + fn))}, precision ${pct(tp / Math.max(1, tp + fp))}`);
}

const head = trainGuardHead(examples, { buckets: BUCKETS, epochs: EPOCHS, l2 });
const file: GuardModelFile = {
  version: 1,
  trainedOn: TRAINING_FILES,
  buckets: BUCKETS,
  threshold: chosen.threshold,
  crossValidated: {
    recall: Number(chosen.recall.toFixed(4)),
    precision: Number(chosen.precision.toFixed(4)),
    threshold: chosen.threshold,
    texts: examples.length,
    violations: positives,
    folds: FOLDS,
  },
  head: encodeHead(head),
};
const json = JSON.stringify(file);
writeFileSync(OUT, `${json}\n`);
console.log(
  `wrote ${path.relative(ROOT, OUT)}: ${BUCKETS} buckets × ${GUARD_LABELS.length} labels, ${(json.length / 1024).toFixed(0)} KB`,
);
