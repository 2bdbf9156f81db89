import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { claimReviewRequests, processClaimedReviewRequest } from "@/lib/review-requests/process-review-request";
import { refreshDeliveryStatuses } from "@/lib/review-requests/refresh-delivery-statuses";
import { reasonColumns } from "@/lib/review-requests/request-reason";

const log = logger("review-requests");

export const HANDOFF_GRACE_MS = 2 * 60_000;
// A lease covers a batch: a few sends, each bounded by the providers' 10 s timeouts.
const BATCH = 10;

/**
 * The minute job (Inngest cron, or the in-process schedule): sends whatever is due and was not
 * sent right after its webhook (a crash, a deploy, a queue outage, the morning after quiet
 * hours, a delay), closes sends interrupted mid-flight, and checks SMS delivery.
 */
export async function sweepReviewRequests({
  now: fixedNow,
  limit = 200,
  handoffGraceMs = HANDOFF_GRACE_MS,
}: { now?: Date; limit?: number; handoffGraceMs?: number } = {}) {
  const db = prisma();
  const now = fixedNow ?? new Date();
  const interrupted = await db.reviewRequest.updateMany({
    where: { status: "SENDING", lockedUntil: { lt: now } },
    data: { status: "FAILED", ...reasonColumns({ code: "interrupted" }), lockedUntil: null },
  });
  // Fresh requests belong to the hand-off after their webhook (which waits out a burst of webhooks
  // before sending); the sweep takes them only once they are clearly orphaned.
  const { due, outcomes } = await sendDueReviewRequests({ now: fixedNow, limit, freshGraceMs: handoffGraceMs });
  const delivery = await refreshDeliveryStatuses({ now });
  if (due > 0 || interrupted.count > 0) log.info("sweep", { due, interrupted: interrupted.count, ...outcomes });
  return { due, interrupted: interrupted.count, outcomes, delivery };
}

/**
 * Claims due queued requests a batch at a time and sends them: the sweep's core, and the worker
 * role's pickup of fresh requests a web instance stored (freshGraceMs 0).
 */
export async function sendDueReviewRequests({
  now: fixedNow,
  limit = 200,
  freshGraceMs = 0,
}: { now?: Date; limit?: number; freshGraceMs?: number } = {}) {
  const outcomes: Record<string, number> = {};
  let due = 0;
  for (let taken = 0; taken < limit; taken += BATCH) {
    const claimed = await claimReviewRequests({
      now: fixedNow ?? new Date(),
      limit: Math.min(BATCH, limit - taken),
      freshGraceMs,
    });
    for (const id of claimed.ids) {
      // One request's fault stays its own: it is retried after its lease, the rest of the batch (other tenants') goes on.
      const outcome = await processClaimedReviewRequest({
        requestId: id,
        lease: claimed.lease,
        now: fixedNow ?? new Date(),
      }).then(
        (r) => r.outcome,
        (error: unknown) => {
          log.error("review request failed", {
            requestId: id,
            error: error instanceof Error ? error.message : String(error),
          });
          return "error" as const;
        },
      );
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    due += claimed.ids.length;
    if (claimed.ids.length < BATCH) break;
  }
  return { due, outcomes };
}
