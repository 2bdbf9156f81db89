import { type Head } from "@/lib/ai/classify/linear-model";
import { trainHead, trainingInputs, type TrainOptions } from "@/lib/ai/classify/train-head";
import type { GuardrailCase } from "@/lib/ai/eval/eval-sets";
import { ruleFindings } from "@/lib/ai/guardrails/check-text";
import { FAMILY_OF_KIND, GUARD_LABELS, type GuardFamily } from "@/lib/ai/guardrails/guard-families";
import { guardrailFeatures } from "@/lib/ai/guardrails/guard-features";

// Training of the learned guardrail model (guard-model.ts), shared by npm run train:guardrails and its
// tests. A legitimate text is labelled "none"; a violation by the family its case names (`rule`), else
// by the family of the rule that blocks it, else by the words of the family it is about. A violation
// only of the length limit or of HTML is no family's and is left out.

const REVIEW = /отзыв|оценк|звезд|звёзд|review|rating|star|feedback/i;
const REWARD = /кешб|кэшб|бонус|балл|скидк|подар|верн[уеё]|компенс|cashback|refund|gift|discount|coupon|points|reward/i;
const PAYMENT = /оплат|карт|перевод|сбп|наличн|купить|закаж|pay|card|cash|transfer|buy|order direct/i;

function familyOfWords(text: string): GuardFamily {
  if (REVIEW.test(text)) return REWARD.test(text) ? "review_reward" : "review_pressure";
  return PAYMENT.test(text) ? "off_platform" : "contact";
}

export type GuardLabel = (typeof GUARD_LABELS)[number];

/** The model's label of a training case; null for a violation no family covers (length, HTML). */
export function guardLabel(row: GuardrailCase): GuardLabel | null {
  if (!row.violation) return "none";
  if (row.rule) return row.rule;
  const blocks = ruleFindings(row).filter((f) => f.severity === "block");
  if (blocks.length === 0) return familyOfWords(row.text);
  return blocks.map((f) => FAMILY_OF_KIND[f.kind]).find((family) => family !== undefined) ?? null;
}

export type GuardExample = { features: string[]; label: number };

/** The features and label index of cases already labelled by guardLabel. */
export function guardExamples(labelled: readonly { row: GuardrailCase; label: GuardLabel }[]): GuardExample[] {
  return labelled.map(({ row, label }) => ({
    features: guardrailFeatures(row.text),
    label: GUARD_LABELS.indexOf(label),
  }));
}

export function trainGuardHead(examples: readonly GuardExample[], options: TrainOptions): Head {
  return trainHead(
    trainingInputs(
      examples.map((e) => e.features),
      options,
    ),
    examples.map((e) => e.label),
    GUARD_LABELS,
    options,
  );
}
