import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { qb, rows } from "@/lib/typed-sql";

/**
 * Serializes team changes of one workspace: locks its row for the transaction, then re-reads the
 * actor's and the target's memberships. Two owners demoting each other (or themselves) at the same
 * moment are therefore decided one after the other, so the last owner is never removed or demoted.
 */
export async function lockTeam({
  tx,
  workspaceId,
  actorId,
  targetUserId,
}: {
  tx: Prisma.TransactionClient;
  workspaceId: string;
  actorId: string;
  targetUserId: string;
}) {
  await rows(qb.selectFrom("Workspace").select("id").where("id", "=", workspaceId).forUpdate(), tx);
  const memberships = await tx.membership.findMany({
    where: { workspaceId, userId: { in: [actorId, targetUserId] } },
    select: { userId: true, role: true, user: { select: { email: true } } },
  });
  const actor = memberships.find((m) => m.userId === actorId);
  // The actor may have been demoted or removed by a request that held the lock just before.
  if (!actor || actor.role !== "OWNER") throw new AppError("forbidden", "Only workspace owners can do this");
  const target = memberships.find((m) => m.userId === targetUserId);
  if (!target) throw notFound("Member not found");
  const owners = await tx.membership.count({ where: { workspaceId, role: "OWNER" } });
  return {
    actor: { id: actorId, email: actor.user.email },
    target: { id: targetUserId, email: target.user.email, role: target.role },
    owners,
  };
}

export const lastOwnerError = () =>
  new AppError("conflict", "The workspace must keep at least one owner", { details: { reason: "last_owner" } });
