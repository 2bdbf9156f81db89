import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { BULK_JOB_SELECT, BULK_MAX_RUNNING, type BulkRequest } from "@/lib/bulk/bulk-schema";
import { runBulkJob } from "@/lib/bulk/run-bulk-job";
import { selectChatIds } from "@/lib/bulk/select-chat-ids";
import { dispatchEvent } from "@/lib/jobs/dispatch-event";
import { isUniqueViolation } from "@/lib/is-unique-violation";

/**
 * Starts one bulk action as a background job: the chats are fixed now (the picked ones, or all that
 * match the filter), the work runs after the response. The same requestKey returns the same job.
 */
export async function startBulkJob({
  workspaceId,
  userId,
  request,
  now = new Date(),
}: {
  workspaceId: string;
  userId: string;
  request: BulkRequest;
  now?: Date;
}) {
  const key = { workspaceId_requestKey: { workspaceId, requestKey: request.requestKey } };
  const existing = await prisma().bulkJob.findUnique({ where: key, select: BULK_JOB_SELECT });
  if (existing) return existing;
  const { action } = request;
  if (action.type === "assign" && action.assigneeId) {
    const member = await prisma().membership.findFirst({
      where: { workspaceId, userId: action.assigneeId },
      select: { id: true },
    });
    if (!member) throw notFound("Member not found");
  }
  if (
    action.type === "label" &&
    !(await prisma().label.findFirst({ where: { id: action.labelId, workspaceId }, select: { id: true } }))
  )
    throw notFound("Label not found");
  if (action.type === "snooze" && new Date(action.until) <= now)
    throw new AppError("bad_request", "Snooze until a time in the future");
  const chatIds = await selectChatIds({ workspaceId, userId, selection: request.selection, now });
  let job;
  try {
    // Count and insert under the workspace's lock: two starts at once cannot both see room for one more.
    job = await prisma().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`bulk-start:${workspaceId}`}, 0))`;
      const running = await tx.bulkJob.count({ where: { workspaceId, status: "RUNNING" } });
      if (running >= BULK_MAX_RUNNING)
        throw new AppError("rate_limited", "Wait for the running bulk actions to finish", {
          details: { reason: "bulk_jobs_running", retryAfterSeconds: 5 },
        });
      return tx.bulkJob.create({
        data: {
          workspaceId,
          createdById: userId,
          requestKey: request.requestKey,
          action,
          chatIds,
          total: chatIds.length,
          ...(chatIds.length ? {} : { status: "DONE", finishedAt: now }),
        },
        select: BULK_JOB_SELECT,
      });
    });
  } catch (error) {
    // The same request twice at once: the other one created it.
    if (isUniqueViolation(error)) return prisma().bulkJob.findUniqueOrThrow({ where: key, select: BULK_JOB_SELECT });
    throw error;
  }
  if (chatIds.length)
    await dispatchEvent({
      name: "inbox/bulk-job.created",
      data: { jobId: job.id },
      runInProcess: () => runBulkJob({ jobId: job.id }),
    });
  return job;
}

export async function getBulkJob({ workspaceId, jobId }: { workspaceId: string; jobId: string }) {
  const job = await prisma().bulkJob.findFirst({ where: { id: jobId, workspaceId }, select: BULK_JOB_SELECT });
  if (!job) throw notFound("Job not found");
  return job;
}
