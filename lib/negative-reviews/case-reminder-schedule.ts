import { ESCALATION_AFTER_MS, ESCALATION_KIND, reminderKind } from "@/lib/negative-reviews/constants";

export type ScheduleCase = {
  hasHoldWindow: boolean;
  reviewCreatedAt: Date;
  openedAt: Date;
  firstBuyerReplyAt: Date | null;
  deadlineAt: Date | null;
};
export type ScheduledReminder = { kind: string; at: Date; type: "deadline" | "escalation"; hoursLeft: number | null };

/**
 * When each reminder of a case is due, earliest first: `offsetsHours` before the deadline, and the
 * escalation 24 h after the buyer's reply (after the review itself where there is no hold window).
 * Nothing is scheduled before the case was opened or the deadline known: a review found late, or a
 * window shorter than an offset, does not set off a burst of overdue reminders.
 */
export function caseReminderSchedule({
  kase,
  offsetsHours,
}: {
  kase: ScheduleCase;
  offsetsHours: number[];
}): ScheduledReminder[] {
  const items: ScheduledReminder[] = [];
  const escalationBase = kase.hasHoldWindow ? kase.firstBuyerReplyAt : kase.reviewCreatedAt;
  if (escalationBase)
    items.push({
      kind: ESCALATION_KIND,
      at: new Date(escalationBase.getTime() + ESCALATION_AFTER_MS),
      type: "escalation",
      hoursLeft: null,
    });
  if (kase.deadlineAt) {
    for (const hours of [...new Set(offsetsHours)].sort((a, b) => b - a)) {
      items.push({
        kind: reminderKind(hours),
        at: new Date(kase.deadlineAt.getTime() - hours * 3_600_000),
        type: "deadline",
        hoursLeft: hours,
      });
    }
  }
  const earliest = Math.max(kase.openedAt.getTime(), kase.firstBuyerReplyAt?.getTime() ?? 0);
  return items.filter((i) => i.at.getTime() >= earliest).sort((a, b) => a.at.getTime() - b.at.getTime());
}
