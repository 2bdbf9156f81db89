import { prisma } from "@/lib/db";
import { assignWaitingChats } from "@/lib/assignment/assign-waiting-chats";
import { resumeBulkJobs } from "@/lib/bulk/run-bulk-job";

/**
 * The minute pass: in each workspace with auto-assignment, waiting chats (a snooze that ended included)
 * go to operators with room; bulk jobs a crash or shutdown left unfinished resume.
 */
export async function sweepTeamQueues({ now = new Date() }: { now?: Date } = {}) {
  const workspaces = await prisma().workspace.findMany({ where: { autoAssign: true }, select: { id: true } });
  let assigned = 0;
  for (const w of workspaces) assigned += (await assignWaitingChats({ workspaceId: w.id, now })).assigned.length;
  const { resumed } = await resumeBulkJobs({ now });
  return { assigned, resumed };
}
