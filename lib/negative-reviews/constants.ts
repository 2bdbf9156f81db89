// Negative-review rescue: the marketplace rules the cases follow.
//
// Wildberries holds a 1–3★ review while the seller works with the buyer: it opens a chat with a
// template message, keeps the review hidden until the buyer's first reply there, and from that reply
// gives the seller 72 hours; then the review is published as it is or as the buyer updated it.
// Yandex Market has no hold window: the review is public at once and the answer is a comment on it.
// Which marketplaces have cases, and which hold the review: their descriptors' reviewCases.

export const NEGATIVE_MAX_RATING = 3;
/** Before the buyer's first reply: the seller's empathetic first message is due within an hour. */
export const FIRST_RESPONSE_SLA_MS = 3_600_000;
/** No seller reply this long after the buyer's (or, without a hold window, after the review): owners are alerted. */
export const ESCALATION_AFTER_MS = 24 * 3_600_000;
/** The timer turns red in the last 12 hours. */
export const LAST_HOURS_MS = 12 * 3_600_000;
export const DEFAULT_REMINDER_OFFSETS_HOURS = [48, 24, 6, 1];

export const OPEN_CASE_STATUSES = ["AWAITING_BUYER", "IN_PROGRESS"] as const;

export const ESCALATION_KIND = "escalation";
export const reminderKind = (hours: number) => `deadline-${hours}h`;

export const CASE_EVENTS = {
  opened: "review/negative.opened",
  buyerReplied: "review/negative.buyer-replied",
  resolved: "review/negative.resolved",
} as const;
