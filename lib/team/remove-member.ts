import { recordAudit } from "@/lib/audit/record-audit";
import { lastOwnerError, lockTeam } from "@/lib/team/lock-team";
import { withDomainEvents } from "@/lib/events/bus";

/**
 * An owner removes a member (or leaves). The member's chats are unassigned and every session of
 * theirs ends (their session version is raised), so an open tab or a stolen cookie stops working.
 */
export async function removeMember({
  workspaceId,
  actorId,
  targetUserId,
}: {
  workspaceId: string;
  actorId: string;
  targetUserId: string;
}): Promise<void> {
  await withDomainEvents(async (tx, publish) => {
    const { actor, target, owners } = await lockTeam({ tx, workspaceId, actorId, targetUserId });
    if (target.role === "OWNER" && owners <= 1) throw lastOwnerError();
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId, userId: target.id } } });
    const freed = await tx.chat.updateMany({
      where: { workspaceId, assigneeId: target.id },
      data: { assigneeId: null },
    });
    // Back in the queue: another operator with room gets them.
    if (freed.count)
      await publish({
        name: "inbox/chats.updated",
        data: { workspaceId, chatIds: null, queueChanged: true, at: new Date() },
      });
    await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({
      db: tx,
      workspaceId,
      actor,
      action: "member.removed",
      targetEmail: target.email,
      details: { role: target.role },
    });
  });
}
