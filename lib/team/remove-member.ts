import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { lastOwnerError, lockTeam } from "@/lib/team/lock-team";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";

/**
 * An owner removes a member (or leaves). The member's chats are unassigned and every session of
 * theirs ends (their session version is raised), so an open tab or a stolen cookie stops working.
 */
export async function removeMember({ workspaceId, actorId, targetUserId }: { workspaceId: string; actorId: string; targetUserId: string }): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const { actor, target, owners } = await lockTeam({ tx, workspaceId, actorId, targetUserId });
    if (target.role === "OWNER" && owners <= 1) throw lastOwnerError();
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId, userId: target.id } } });
    const freed = await tx.chat.updateMany({ where: { workspaceId, assigneeId: target.id }, data: { assigneeId: null } });
    if (freed.count) await recordStreamEvent(tx, { workspaceId, type: "chat" });
    await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({ db: tx, workspaceId, actor, action: "member.removed", targetEmail: target.email, details: { role: target.role } });
  });
}
