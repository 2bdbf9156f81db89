import type { Intent, Priority, Sentiment } from "@/lib/ai/types";

export const SLA_MINUTES: Record<Priority, number> = {
  urgent: 60,
  high: 4 * 60,
  normal: 24 * 60,
};

// A defect is a problem even when the buyer writes calmly; the other intents below are questions
// that block a delivery, a return or a purchase, which is what "order question" means for a seller.
const PROBLEM_INTENTS: ReadonlySet<Intent> = new Set(["defect"]);
const ORDER_QUESTION_INTENTS: ReadonlySet<Intent> = new Set(["delivery", "return", "size_fit", "availability"]);

export function priorityFor({ intent, sentiment }: { intent: Intent; sentiment: Sentiment }): {
  priority: Priority;
  slaMinutes: number;
} {
  const priority: Priority =
    sentiment === "negative" || PROBLEM_INTENTS.has(intent)
      ? "urgent"
      : ORDER_QUESTION_INTENTS.has(intent)
        ? "high"
        : "normal";
  return { priority, slaMinutes: SLA_MINUTES[priority] };
}
