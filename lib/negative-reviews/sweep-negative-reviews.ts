import { prisma } from "@/lib/db";
import { advanceNegativeReviewCases } from "@/lib/negative-reviews/advance-negative-review-cases";
import { caseReminderSchedule } from "@/lib/negative-reviews/case-reminder-schedule";
import { OPEN_CASE_STATUSES } from "@/lib/negative-reviews/constants";
import { fireCaseReminder, type FireOutcome } from "@/lib/negative-reviews/fire-case-reminder";
import { getReminderOffsets } from "@/lib/negative-reviews/get-reminder-offsets";
import { publishDueCases } from "@/lib/negative-reviews/publish-due-cases";

/**
 * The minute sweep (in-process schedule, and the Inngest cron as a safety net): moves open cases on
 * from their messages, sends every reminder and escalation that is due and not yet in the ledger, and
 * publishes cases whose window has closed. At most a minute late, and each reminder once, since
 * fireCaseReminder claims the ledger row first.
 */
export async function sweepNegativeReviews({ now = new Date() }: { now?: Date } = {}) {
  const db = prisma();
  const open = await db.negativeReviewCase.findMany({
    where: { status: { in: [...OPEN_CASE_STATUSES] } },
    select: { id: true },
    orderBy: { openedAt: "asc" },
    take: 2_000,
  });
  await advanceNegativeReviewCases({ caseIds: open.map((c) => c.id) });
  const cases = await db.negativeReviewCase.findMany({
    where: { id: { in: open.map((c) => c.id) }, status: { in: [...OPEN_CASE_STATUSES] } },
    include: { reminders: { select: { kind: true } } },
  });
  const outcomes: Partial<Record<FireOutcome, number>> = {};
  const offsets = new Map<string, number[]>();
  for (const kase of cases) {
    if (!offsets.has(kase.workspaceId))
      offsets.set(kase.workspaceId, await getReminderOffsets({ workspaceId: kase.workspaceId }));
    const done = new Set(kase.reminders.map((r) => r.kind));
    for (const item of caseReminderSchedule({ kase, offsetsHours: offsets.get(kase.workspaceId)! })) {
      if (done.has(item.kind) || item.at > now) continue;
      const outcome = await fireCaseReminder({ caseId: kase.id, kind: item.kind, firedBy: "sweep", now });
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
  }
  const published = await publishDueCases({ now });
  return { open: cases.length, outcomes, published };
}
