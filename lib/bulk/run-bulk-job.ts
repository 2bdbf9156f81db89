import { z } from "zod";
import { prisma } from "@/lib/db";
import { applyBulkAction } from "@/lib/bulk/apply-bulk-action";
import { bulkActionSchema, type BulkAction, type BulkFailureReason } from "@/lib/bulk/bulk-schema";
import { logger } from "@/lib/log";
import { describe, withDomainEvents } from "@/lib/events/bus";
import { isTransientDbError } from "@/lib/is-transient-db-error";
import { qb, rows } from "@/lib/typed-sql";
import pRetry from "p-retry";

const log = logger("bulk");
export const BULK_BATCH = 2_000;

// A failover or a burst of serialization failures, not an outage: 0.2 s, 0.4, 0.8, 1.6 s. A database away
// longer leaves the job RUNNING at its committed progress, and the minute sweep resumes it.
const BATCH_RETRIES = 4;
const BATCH_RETRY_MS = 200;

const storedJobSchema = z.object({ action: bulkActionSchema, chatIds: z.array(z.string()) });

/**
 * Runs a bulk job from where it stands, a batch per transaction: the batch and the job's progress
 * commit together under the job's row lock, so a second runner (a retry, the sweep, another instance)
 * continues after it instead of repeating it, and a crash resumes at the first unfinished batch.
 */
export async function runBulkJob({ jobId, batchSize = BULK_BATCH }: { jobId: string; batchSize?: number }) {
  const head = await prisma().bulkJob.findUnique({
    where: { id: jobId },
    select: { workspaceId: true, action: true, chatIds: true, status: true },
  });
  if (!head || head.status !== "RUNNING") return { processed: 0 };
  const { workspaceId } = head;
  const stored = storedJobSchema.safeParse(head);
  if (!stored.success) return failJob({ jobId, workspaceId, reason: "invalid_job", error: stored.error });
  const { action, chatIds } = stored.data;
  let processed: number;
  try {
    processed = await runBatches({ jobId, workspaceId, action, chatIds, batchSize });
  } catch (error) {
    if (!isTransientDbError(error)) return failJob({ jobId, workspaceId, reason: "error", error });
    log.warn("bulk job paused: the database is unavailable; the sweep resumes it", {
      jobId,
      workspaceId,
      error: describe(error),
    });
    return { processed: 0, paused: true };
  }
  log.info("bulk job done", { jobId, type: action.type, processed });
  return { processed };
}

/**
 * An error a retry cannot get past ends the job FAILED (its committed batches stand; the member sees the
 * reason and can start it again) rather than the minute sweep retrying it for ever, ahead of other
 * workspaces' jobs. The screen words the reason; the error itself goes to the log only.
 */
async function failJob({
  jobId,
  workspaceId,
  reason,
  error,
}: {
  jobId: string;
  workspaceId: string;
  reason: BulkFailureReason;
  error: unknown;
}) {
  log.error("bulk job failed", { jobId, workspaceId, reason, error: describe(error) });
  await prisma().bulkJob.updateMany({
    where: { id: jobId, status: "RUNNING" },
    data: { status: "FAILED", failureReason: reason, finishedAt: new Date() },
  });
  return { processed: 0, failed: true };
}

async function runBatches({
  jobId,
  workspaceId,
  action,
  chatIds,
  batchSize,
}: {
  jobId: string;
  workspaceId: string;
  action: BulkAction;
  chatIds: string[];
  batchSize: number;
}) {
  let processed = 0;
  const runBatch = () =>
    withDomainEvents(
      async (tx, publish) => {
        const [job] = await rows(
          qb.selectFrom("BulkJob").select(["processed", "status"]).where("id", "=", jobId).forUpdate(),
          tx,
        );
        if (!job || job.status !== "RUNNING") return { count: 0, last: true };
        const batch = chatIds.slice(job.processed, job.processed + batchSize);
        const now = new Date();
        const changed = batch.length
          ? await applyBulkAction({ tx, publish, workspaceId, action, chatIds: batch, now })
          : 0;
        // A batch is many chats: one workspace-wide change per batch. Resolved or unassigned chats free
        // their operators: the queue moves on.
        if (changed)
          await publish({
            name: "inbox/chats.updated",
            data: {
              workspaceId,
              chatIds: null,
              queueChanged: action.type === "resolve" || action.type === "assign",
              at: now,
            },
          });
        const last = job.processed + batch.length >= chatIds.length;
        await tx.bulkJob.update({
          where: { id: jobId },
          data: {
            processed: { increment: batch.length },
            changed: { increment: changed },
            ...(last ? { status: "DONE", finishedAt: now } : {}),
          },
        });
        return { count: batch.length, last };
      },
      { timeout: 60_000 },
    );
  for (;;) {
    // A failed attempt rolled its batch back whole, so the batch runs again from the job's stored progress.
    const { count, last } = await pRetry(runBatch, {
      retries: BATCH_RETRIES,
      minTimeout: BATCH_RETRY_MS,
      shouldRetry: ({ error }) => isTransientDbError(error),
      onFailedAttempt: ({ error, attemptNumber }) =>
        log.warn("bulk batch failed", { jobId, attempt: attemptNumber, error: describe(error) }),
    });
    processed += count;
    if (last) return processed;
  }
}

/** Jobs left RUNNING by a crash or a shutdown: resumed by the minute sweep. */
export async function resumeBulkJobs({
  olderThanMs = 60_000,
  now = new Date(),
}: { olderThanMs?: number; now?: Date } = {}) {
  const stale = await prisma().bulkJob.findMany({
    where: { status: "RUNNING", createdAt: { lt: new Date(now.getTime() - olderThanMs) } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: 20,
  });
  // Each job on its own: one that cannot run (its database error, say) never keeps the others waiting.
  for (const job of stale)
    await runBulkJob({ jobId: job.id }).catch((error: unknown) =>
      log.error("bulk job resume failed", { jobId: job.id, error: String(error) }),
    );
  return { resumed: stale.length };
}
