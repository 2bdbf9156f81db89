import type { NotificationParams } from "@/lib/notifications/notification-text";

// A negative-review case's reminder or escalation as a notification's kind and values: the in-app
// notification stores them, the email is worded from them (lib/negative-reviews/reminder-text.ts). A
// reminder states the time actually left when it goes out, not the offset it was planned for.

type Kind = "negative_review_reminder" | "negative_review_escalation";
type Input = {
  type: "deadline" | "escalation";
  msLeft: number | null;
  customerName: string | null;
  rating: number;
  marketplace: string;
};

/** The notification's kind and values. */
export function reminderNotice({
  type,
  msLeft,
  customerName,
  rating,
  marketplace,
}: Input): { [K in Kind]: { kind: K; params: NotificationParams[K] } }[Kind] {
  const review = { rating, customerName, marketplace };
  if (type === "escalation") return { kind: "negative_review_escalation", params: review };
  // Rounded up: "1 minute", never "0", in the last minute.
  return {
    kind: "negative_review_reminder",
    params: { ...review, minutesLeft: Math.max(1, Math.ceil((msLeft ?? 0) / 60_000)) },
  };
}

/** What a reminder reads of its case. */
export const REMINDER_CASE_SELECT = { deadlineAt: true, customerName: true, rating: true, marketplace: true } as const;

/** The notice of a case's reminder or escalation going out at `now`. */
export function caseReminderNotice({
  kase,
  type,
  now,
}: {
  kase: { deadlineAt: Date | null; customerName: string | null; rating: number; marketplace: string };
  type: Input["type"];
  now: Date;
}) {
  return reminderNotice({
    type,
    msLeft: kase.deadlineAt ? kase.deadlineAt.getTime() - now.getTime() : null,
    customerName: kase.customerName,
    rating: kase.rating,
    marketplace: kase.marketplace,
  });
}
