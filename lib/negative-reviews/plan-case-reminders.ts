import { prisma } from "@/lib/db";
import { caseReminderSchedule } from "@/lib/negative-reviews/case-reminder-schedule";
import { OPEN_CASE_STATUSES } from "@/lib/negative-reviews/constants";
import { getReminderOffsets } from "@/lib/negative-reviews/get-reminder-offsets";

export type ReminderPlan = {
  open: boolean;
  awaitingBuyer: boolean;
  reminders: Array<{ kind: string; at: string }>;
  publishAt: string | null;
};

/** What the reminder function sleeps towards, as plain JSON (it is a step's output). */
export async function planCaseReminders({ caseId }: { caseId: string }): Promise<ReminderPlan> {
  const kase = await prisma().negativeReviewCase.findUnique({ where: { id: caseId } });
  if (!kase || !(OPEN_CASE_STATUSES as readonly string[]).includes(kase.status))
    return { open: false, awaitingBuyer: false, reminders: [], publishAt: null };
  const offsetsHours = await getReminderOffsets({ workspaceId: kase.workspaceId });
  return {
    open: true,
    awaitingBuyer: kase.hasHoldWindow && !kase.firstBuyerReplyAt,
    reminders: caseReminderSchedule({ kase, offsetsHours }).map((r) => ({ kind: r.kind, at: r.at.toISOString() })),
    publishAt: kase.deadlineAt?.toISOString() ?? null,
  };
}
