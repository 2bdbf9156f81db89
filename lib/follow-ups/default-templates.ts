import type { FollowUpRuleKind } from "@/lib/generated/prisma/enums";

// Off by default; the seller turns each rule on and edits its text at Settings → Follow-ups.
// Variables: {{customerName}}, {{productTitle}}, {{relatedProducts}}, {{shopName}}; {{#name}}…{{/name}}
// shows its content only when the variable is set. No links, phones or promo codes: the guardrails refuse them.
export const FOLLOW_UP_DEFAULTS: Record<FollowUpRuleKind, { delayDays: number; template: string }> = {
  RESOLVED: {
    delayDays: 3,
    template:
      "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}! Несколько дней назад мы решали ваш вопрос" +
      "{{#productTitle}} по товару «{{productTitle}}»{{/productTitle}}. Всё ли теперь в порядке? Если что-то не так, напишите нам здесь — поможем.",
  },
  CROSS_SELL: {
    delayDays: 7,
    template:
      "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}! Надеемся, {{#productTitle}}«{{productTitle}}»{{/productTitle}}{{^productTitle}}покупка{{/productTitle}} вам нравится. " +
      "С ним часто берут: {{relatedProducts}}. Их можно найти в нашем магазине на маркетплейсе.",
  },
  REFILL: {
    // Used only when a consumable product has no refill period of its own.
    delayDays: 30,
    template:
      "Здравствуйте{{#customerName}}, {{customerName}}{{/customerName}}! {{#productTitle}}«{{productTitle}}»{{/productTitle}}{{^productTitle}}Товар{{/productTitle}}, " +
      "вероятно, скоро закончится. Если захотите повторить заказ, он есть в нашем магазине на маркетплейсе.",
  },
};

export const FOLLOW_UP_KINDS = ["RESOLVED", "CROSS_SELL", "REFILL"] as const satisfies readonly FollowUpRuleKind[];
