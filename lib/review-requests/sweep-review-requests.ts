import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { processReviewRequest } from "@/lib/review-requests/process-review-request";
import { refreshDeliveryStatuses } from "@/lib/review-requests/refresh-delivery-statuses";

const log = logger("review-requests");

export const HANDOFF_GRACE_MS = 2 * 60_000;
export const INTERRUPTED_REASON = "Отправка прервана (сбой сервера): сообщение могло уйти, повторно не отправляем, чтобы не написать клиенту дважды";

/**
 * The minute job (Inngest cron, or the in-process schedule): sends whatever is due and was not
 * sent right after its webhook (a crash, a deploy, a queue outage, the morning after quiet
 * hours, a delay), closes sends interrupted mid-flight, and checks SMS delivery.
 */
export async function sweepReviewRequests({ now: fixedNow, limit = 200 }: { now?: Date; limit?: number } = {}) {
  const db = prisma();
  const now = fixedNow ?? new Date();
  const interrupted = await db.reviewRequest.updateMany({
    where: { status: "SENDING", lockedUntil: { lt: now } },
    data: { status: "FAILED", reason: INTERRUPTED_REASON, lockedUntil: null },
  });
  const due = await db.reviewRequest.findMany({
    where: {
      status: "QUEUED",
      sendAt: { lte: now },
      AND: [
        { OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
        // A request fresh from its webhook belongs to the hand-off (which waits out a burst of
        // webhooks before sending); the sweep takes it only once it is clearly orphaned. A
        // planned one (delay, quiet hours, retry: sendAt moved past createdAt) is due as is.
        { OR: [{ createdAt: { lt: new Date(now.getTime() - HANDOFF_GRACE_MS) } }, { sendAt: { gt: db.reviewRequest.fields.createdAt } }] },
      ],
    },
    orderBy: [{ sendAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  const outcomes: Record<string, number> = {};
  for (const { id } of due) {
    const { outcome } = await processReviewRequest({ requestId: id, now: fixedNow ?? new Date() });
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  const delivery = await refreshDeliveryStatuses({ now });
  if (due.length > 0 || interrupted.count > 0) log.info("sweep", { due: due.length, interrupted: interrupted.count, ...outcomes });
  return { due: due.length, interrupted: interrupted.count, outcomes, delivery };
}
