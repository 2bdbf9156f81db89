import { z } from "zod";
import type { FindingKind } from "@/lib/ai/types";

// The rule families the learned guardrail model (guard-model.ts) tells apart. Each rule of the
// detectors belongs to one; the model's finding is reported under its family's finding kind.
export const guardFamilySchema = z.enum(["contact", "off_platform", "review_reward", "review_pressure"]);
export type GuardFamily = z.infer<typeof guardFamilySchema>;

/** The model's labels: "none" (nothing to block) and the families. */
export const GUARD_LABELS = ["none", ...guardFamilySchema.options] as const;

export const FAMILY_OF_KIND: Partial<Record<FindingKind, GuardFamily>> = {
  email: "contact",
  phone: "contact",
  messenger: "contact",
  handle: "contact",
  link: "contact",
  contact_request: "contact",
  contact: "contact",
  payment: "off_platform",
  promo_code: "off_platform",
  off_platform: "off_platform",
  review_reward: "review_reward",
  rating_request: "review_pressure",
  review_pressure: "review_pressure",
};

export const KIND_OF_FAMILY: Record<GuardFamily, FindingKind> = {
  contact: "contact",
  off_platform: "off_platform",
  review_reward: "review_reward",
  review_pressure: "review_pressure",
};

const FAMILY_NAMES: Record<GuardFamily, { ru: string; en: string }> = {
  contact: { ru: "контакт или связь вне площадки", en: "a contact or a conversation outside the marketplace" },
  off_platform: { ru: "оплата или покупка в обход площадки", en: "payment or a purchase around the marketplace" },
  review_reward: { ru: "вознаграждение за отзыв или оценку", en: "a reward for a review or rating" },
  review_pressure: {
    ru: "просьба о конкретной оценке или давление из-за отзыва",
    en: "asking for a particular rating or pressing about a review",
  },
};

/** The model's finding in Russian and English: the family and the words that weighed most. */
export function modelFindingMessages({ family, words }: { family: GuardFamily; words: readonly string[] }): {
  message: string;
  messageEn: string;
} {
  const { ru, en } = FAMILY_NAMES[family];
  return {
    message: `Похоже на нарушение правил площадки: ${ru} (так читает текст обученная модель; больше всего весят слова ${words.map((w) => `«${w}»`).join(", ")}). Перепишите без этого.`,
    messageEn: `Looks like a breach of the marketplace's rules: ${en} (as the trained model reads the text; the words that weigh most are ${words.map((w) => `"${w}"`).join(", ")}). Rewrite it without that.`,
  };
}
