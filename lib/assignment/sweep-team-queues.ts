import { prisma } from "@/lib/db";
import { assignWaitingChats } from "@/lib/assignment/assign-waiting-chats";
import { resumeBulkJobs } from "@/lib/bulk/run-bulk-job";
import { logger } from "@/lib/log";

const log = logger("assignment");

/**
 * The minute pass: in each workspace with auto-assignment, waiting chats (a snooze that ended included)
 * go to operators with room; bulk jobs a crash or shutdown left unfinished resume. Each workspace on its
 * own: one whose pass fails is logged and tried again next minute, the others are served meanwhile.
 */
export async function sweepTeamQueues({ now = new Date() }: { now?: Date } = {}) {
  const workspaces = await prisma().workspace.findMany({ where: { autoAssign: true }, select: { id: true } });
  let assigned = 0;
  let failed = 0;
  for (const w of workspaces) {
    try {
      assigned += (await assignWaitingChats({ workspaceId: w.id, now })).assigned.length;
    } catch (error) {
      failed += 1;
      log.error("assignment pass failed", {
        workspaceId: w.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const { resumed } = await resumeBulkJobs({ now });
  return { assigned, failed, resumed };
}
