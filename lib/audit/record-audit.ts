import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_ACTIONS = [
  "member.removed",
  "member.role_changed",
  "invite.created",
  "invite.revoked",
  "password.changed",
  "password.reset",
  "sessions.ended",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

type Db = Pick<Prisma.TransactionClient, "auditLog" | "membership">;

/** One audit entry in the workspace (inside the caller's transaction when given one). */
export async function recordAudit({
  db = prisma(),
  workspaceId,
  actor,
  action,
  targetEmail,
  details,
}: {
  db?: Db;
  workspaceId: string;
  actor: { id: string | null; email: string };
  action: AuditAction;
  targetEmail?: string;
  details?: Prisma.InputJsonObject;
}): Promise<void> {
  await db.auditLog.create({
    data: { workspaceId, actorId: actor.id, actorEmail: actor.email, action, targetEmail, details },
  });
}

/** A user's own security action (password, sessions) is recorded in every workspace they belong to. */
export async function recordUserAudit({
  db = prisma(),
  user,
  action,
}: {
  db?: Db;
  user: { id: string; email: string };
  action: AuditAction;
}): Promise<void> {
  const memberships = await db.membership.findMany({ where: { userId: user.id }, select: { workspaceId: true } });
  if (!memberships.length) return;
  await db.auditLog.createMany({
    data: memberships.map((m) => ({
      workspaceId: m.workspaceId,
      actorId: user.id,
      actorEmail: user.email,
      action,
      targetEmail: user.email,
    })),
  });
}
