import { prisma } from "@/lib/db";

export type Member = { userId: string; workspaceId: string; role: "OWNER" | "OPERATOR"; email: string; name: string | null };

/** The member's current workspace: the one in the session if still a member, else the oldest membership. */
export async function findMember({ userId, workspaceId }: { userId: string; workspaceId?: string }): Promise<Member | null> {
  const membership = await prisma().membership.findFirst({
    where: { userId, ...(workspaceId ? { workspaceId } : {}) },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { email: true, name: true } } },
  });
  if (!membership) return workspaceId ? findMember({ userId }) : null;
  return { userId, workspaceId: membership.workspaceId, role: membership.role, email: membership.user.email, name: membership.user.name };
}
