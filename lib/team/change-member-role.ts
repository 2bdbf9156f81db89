import { z } from "zod";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { lastOwnerError, lockTeam } from "@/lib/team/lock-team";

export const changeMemberRoleSchema = z.object({ role: z.enum(["OWNER", "OPERATOR"]) });

/** An owner changes a member's role. A demoted member's sessions end; the last owner stays an owner. */
export async function changeMemberRole({
  workspaceId,
  actorId,
  targetUserId,
  input,
}: {
  workspaceId: string;
  actorId: string;
  targetUserId: string;
  input: z.infer<typeof changeMemberRoleSchema>;
}): Promise<{ role: "OWNER" | "OPERATOR" }> {
  return prisma().$transaction(async (tx) => {
    const { actor, target, owners } = await lockTeam({ tx, workspaceId, actorId, targetUserId });
    if (target.role === input.role) return { role: target.role };
    if (target.role === "OWNER" && owners <= 1) throw lastOwnerError();
    await tx.membership.update({
      where: { workspaceId_userId: { workspaceId, userId: target.id } },
      data: { role: input.role },
    });
    // Rights taken away end the sessions that had them; a promotion needs no new sign-in.
    if (input.role === "OPERATOR")
      await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({
      db: tx,
      workspaceId,
      actor,
      action: "member.role_changed",
      targetEmail: target.email,
      details: { from: target.role, to: input.role },
    });
    return { role: input.role };
  });
}
