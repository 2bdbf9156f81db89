import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { assignWaitingChats, lockAssignment } from "@/lib/assignment/assign-waiting-chats";
import type { MemberAssignment } from "@/lib/assignment/assignment-schema";
import { getAssignmentSettings } from "@/lib/assignment/get-assignment-settings";
import { withDomainEvents } from "@/lib/events/bus";

export async function updateWorkspaceAssignment({
  workspaceId,
  update,
}: {
  workspaceId: string;
  update: { autoAssign?: boolean; reassignOnOffline?: boolean };
}) {
  await prisma().workspace.update({ where: { id: workspaceId }, data: update });
  if (update.autoAssign) await assignWaitingChats({ workspaceId });
  return getAssignmentSettings({ workspaceId });
}

/**
 * Changes a member's assignment settings. Members set only their own online flag; owners set anyone's.
 * Going offline in a workspace that reassigns hands the member's open chats back to the queue.
 */
export async function updateMemberAssignment({
  workspaceId,
  actor,
  userId,
  update,
}: {
  workspaceId: string;
  actor: { userId: string; role: "OWNER" | "OPERATOR" };
  userId: string;
  update: MemberAssignment;
}) {
  const ownerOnly =
    update.maxOpenChats !== undefined || update.marketplaces !== undefined || update.kinds !== undefined;
  if (actor.role !== "OWNER" && (ownerOnly || actor.userId !== userId))
    throw new AppError("forbidden", "Only workspace owners can do this");
  const released = await withDomainEvents(async (tx, publish) => {
    await lockAssignment({ tx, workspaceId });
    const { count } = await tx.membership.updateMany({ where: { workspaceId, userId }, data: update });
    if (!count) throw notFound("Member not found");
    if (update.online !== false) return 0;
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { reassignOnOffline: true },
    });
    if (!workspace.reassignOnOffline) return 0;
    const { count: freed } = await tx.chat.updateMany({
      where: { workspaceId, assigneeId: userId, status: "OPEN" },
      data: { assigneeId: null },
    });
    // Many chats at once: one workspace-wide change. The queue is assigned below, once the member is offline.
    if (freed)
      await publish({
        name: "inbox/chats.updated",
        data: { workspaceId, chatIds: null, queueChanged: false, at: new Date() },
      });
    return freed;
  });
  await assignWaitingChats({ workspaceId });
  return { released, settings: await getAssignmentSettings({ workspaceId }) };
}
