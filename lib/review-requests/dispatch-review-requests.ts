import { reviewRequestsQueued } from "@/inngest/events";
import { dispatchEvent } from "@/lib/jobs/dispatch-event";
import { PICKUP } from "@/lib/jobs/pickups";
import { logger } from "@/lib/log";
import { sendInProcess } from "@/lib/review-requests/in-process-sender";

const log = logger("review-requests");

/**
 * Sends the new requests after the webhook is answered. The requests are already stored as
 * QUEUED, so if this hand-off fails (Inngest unreachable, the process dies) the minute sweep
 * sends them instead: the webhook is never failed for it.
 */
export async function dispatchReviewRequests({ requestIds }: { requestIds: string[] }): Promise<void> {
  try {
    await dispatchEvent({
      name: reviewRequestsQueued.name,
      data: { requestIds },
      runInProcess: () => sendInProcess({ requestIds }),
      workerPicksUp: PICKUP.reviewRequests,
    });
  } catch (error) {
    log.warn("dispatch failed; the sweep will send", {
      count: requestIds.length,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
