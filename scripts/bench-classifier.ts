// npm run bench:classifier
// Micro-benchmark of the offline classifier and the guardrails, per message, on the tuning sets.
// The guardrails' baseline is the detectors alone, so the learned model's cost is read the same way.
// The baseline of the same run is the lexicon alone (what the classifier cost before the model),
// so the figure for the model is read against a number measured on the same machine at the same time.
import path from "node:path";
import { classifyMessage } from "@/lib/ai/classify-message";
import { lexiconIntent } from "@/lib/ai/classify/lexicon-classifier";
import { lexiconSentiment } from "@/lib/ai/classify/lexicon-sentiment";
import { tokenize } from "@/lib/ai/classify/normalize";
import { guardrailCaseSchema, labelledMessageSchema, loadJsonl } from "@/lib/ai/eval/eval-sets";
import { checkText, ruleFindings } from "@/lib/ai/guardrails/check-text";
import { GUARD_MODEL, guardProbability } from "@/lib/ai/guardrails/guard-model";

const EVAL_DIR = path.join(import.meta.dirname, "..", "lib", "ai", "eval");
const messages = ["messages.jsonl", "messages-train.jsonl"].flatMap((f) =>
  loadJsonl({ file: path.join(EVAL_DIR, f), schema: labelledMessageSchema }),
);
const guardrails = ["guardrails.jsonl", "guardrails-train.jsonl"].flatMap((f) =>
  loadJsonl({ file: path.join(EVAL_DIR, f), schema: guardrailCaseSchema }),
);
const PASSES = 5;

// Microseconds per item, best pass of PASSES (the others absorb JIT warm-up and scheduler noise).
function bench<T>(items: T[], run: (item: T) => unknown): number {
  let best = Infinity;
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    for (const item of items) run(item);
    best = Math.min(best, ((performance.now() - started) * 1000) / items.length);
  }
  return best;
}

const lexicon = bench(messages, (m) => {
  const tokens = tokenize(m.text);
  const found = lexiconIntent(tokens, m.text);
  return lexiconSentiment(tokens, m.text, found?.intent ?? "other");
});
const classify = bench(messages, (m) => classifyMessage({ text: m.text, marketplace: m.marketplace }));
const guard = bench(guardrails, (g) =>
  checkText({ text: g.text, marketplace: g.marketplace, messageType: g.messageType }),
);
// The guardrails as they were before the learned model: the detectors alone, in the same run.
const rules = bench(guardrails, (g) => ruleFindings({ text: g.text, marketplace: g.marketplace }));
const learned = bench(guardrails, (g) => guardProbability(GUARD_MODEL, g.text));

console.log(`${messages.length} messages, ${guardrails.length} guardrail texts, best of ${PASSES} passes`);
console.log(`lexicon alone (baseline)      ${lexicon.toFixed(1)} µs per message`);
console.log(
  `classifyMessage (lexicon+model) ${classify.toFixed(1)} µs per message (${(classify / lexicon).toFixed(1)}× the baseline)`,
);
console.log(`rules alone (baseline)        ${rules.toFixed(1)} µs per text`);
console.log(`learned guardrail model       ${learned.toFixed(1)} µs per text`);
console.log(
  `checkText (rules + model)     ${guard.toFixed(1)} µs per text (${(guard / rules).toFixed(2)}× the rules alone)`,
);
