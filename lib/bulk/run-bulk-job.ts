import { z } from "zod";
import { prisma } from "@/lib/db";
import { applyBulkAction } from "@/lib/bulk/apply-bulk-action";
import { bulkActionSchema, type BulkAction } from "@/lib/bulk/bulk-schema";
import { assignWaitingChats } from "@/lib/assignment/assign-waiting-chats";
import { logger } from "@/lib/log";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";
import { withDomainEvents } from "@/lib/events/bus";

const log = logger("bulk");
export const BULK_BATCH = 2_000;

/**
 * Runs a bulk job from where it stands, a batch per transaction: the batch and the job's progress
 * commit together under the job's row lock, so a second runner (a retry, the sweep, another instance)
 * continues after it instead of repeating it, and a crash resumes at the first unfinished batch.
 */
export async function runBulkJob({ jobId, batchSize = BULK_BATCH }: { jobId: string; batchSize?: number }) {
  const head = await prisma().bulkJob.findUnique({ where: { id: jobId }, select: { workspaceId: true, action: true, chatIds: true, status: true } });
  if (!head || head.status !== "RUNNING") return { processed: 0 };
  const { workspaceId } = head;
  let action: BulkAction;
  let processed: number;
  try {
    action = bulkActionSchema.parse(head.action);
    processed = await runBatches({ jobId, workspaceId, action, chatIds: z.array(z.string()).parse(head.chatIds), batchSize });
  } catch (error) {
    // The job ends FAILED (its committed batches stand; the member sees it and can start it again)
    // rather than being retried by the minute sweep for ever, ahead of other workspaces' jobs. When the
    // database itself is away this update fails too, and the sweep resumes the job later.
    log.error("bulk job failed", { jobId, workspaceId, error: error instanceof Error ? error.message : String(error) });
    await prisma().bulkJob.updateMany({ where: { id: jobId, status: "RUNNING" }, data: { status: "FAILED", finishedAt: new Date() } });
    return { processed: 0, failed: true };
  }
  log.info("bulk job done", { jobId, type: action.type, processed });
  // Resolved or unassigned chats free their operators: the queue moves on.
  if (action.type === "resolve" || action.type === "assign") await assignWaitingChats({ workspaceId });
  return { processed };
}

async function runBatches({ jobId, workspaceId, action, chatIds, batchSize }: { jobId: string; workspaceId: string; action: BulkAction; chatIds: string[]; batchSize: number }) {
  let processed = 0;
  for (;;) {
    const done = await withDomainEvents(
      async (tx, publish) => {
        const [job] = await tx.$queryRaw<{ processed: number; status: string }[]>`SELECT processed, status::text FROM "BulkJob" WHERE id = ${jobId} FOR UPDATE`;
        if (!job || job.status !== "RUNNING") return true;
        const batch = chatIds.slice(job.processed, job.processed + batchSize);
        const now = new Date();
        const changed = batch.length ? await applyBulkAction({ tx, publish, workspaceId, action, chatIds: batch, now }) : 0;
        // A batch is many chats: one workspace-wide change per batch.
        if (changed) await recordStreamEvent(tx, { workspaceId, type: "chat" });
        const last = job.processed + batch.length >= chatIds.length;
        await tx.bulkJob.update({
          where: { id: jobId },
          data: { processed: { increment: batch.length }, changed: { increment: changed }, ...(last ? { status: "DONE", finishedAt: now } : {}) },
        });
        processed += batch.length;
        return last;
      },
      { timeout: 60_000 },
    );
    if (done) return processed;
  }
}

/** Jobs left RUNNING by a crash or a shutdown: resumed by the minute sweep. */
export async function resumeBulkJobs({ olderThanMs = 60_000, now = new Date() }: { olderThanMs?: number; now?: Date } = {}) {
  const stale = await prisma().bulkJob.findMany({ where: { status: "RUNNING", createdAt: { lt: new Date(now.getTime() - olderThanMs) } }, orderBy: { createdAt: "asc" }, select: { id: true }, take: 20 });
  // Each job on its own: one that cannot run (its database error, say) never keeps the others waiting.
  for (const job of stale) await runBulkJob({ jobId: job.id }).catch((error: unknown) => log.error("bulk job resume failed", { jobId: job.id, error: String(error) }));
  return { resumed: stale.length };
}
