import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";

/** An owner withdraws an invitation that has not been accepted yet; its link stops working. */
export async function revokeInvite({
  workspaceId,
  actor,
  inviteId,
}: {
  workspaceId: string;
  actor: { id: string; email: string };
  inviteId: string;
}): Promise<void> {
  await prisma().$transaction(async (tx) => {
    const invite = await tx.invite.findFirst({
      where: { id: inviteId, workspaceId, acceptedAt: null },
      select: { id: true, email: true, role: true },
    });
    if (!invite) throw notFound("Invitation not found");
    // Conditional, so an accept racing with the revoke either wins (and the revoke says 404) or fails.
    const deleted = await tx.invite.deleteMany({ where: { id: invite.id, acceptedAt: null } });
    if (deleted.count !== 1) throw notFound("Invitation not found");
    await recordAudit({
      db: tx,
      workspaceId,
      actor,
      action: "invite.revoked",
      targetEmail: invite.email,
      details: { role: invite.role },
    });
  });
}
