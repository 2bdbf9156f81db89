import { prisma } from "@/lib/db";

export type Member = {
  userId: string;
  workspaceId: string;
  role: "OWNER" | "OPERATOR";
  email: string;
  name: string | null;
};

/**
 * The member's current workspace: the one in the session if still a member, else the oldest membership.
 * With sessionVersion (every session check passes the one its JWT carries), a session issued before the
 * user's sessions were ended (password change, sign out everywhere, removal, demotion) finds nobody.
 */
export async function findMember({
  userId,
  workspaceId,
  sessionVersion,
}: {
  userId: string;
  workspaceId?: string;
  sessionVersion?: number;
}): Promise<Member | null> {
  const membership = await prisma().membership.findFirst({
    where: {
      userId,
      ...(workspaceId ? { workspaceId } : {}),
      ...(sessionVersion === undefined ? {} : { user: { sessionVersion } }),
    },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { email: true, name: true } } },
  });
  if (!membership) return workspaceId ? findMember({ userId, sessionVersion }) : null;
  return {
    userId,
    workspaceId: membership.workspaceId,
    role: membership.role,
    email: membership.user.email,
    name: membership.user.name,
  };
}

/** The session version a JWT carries; tokens issued before versions existed count as version 0. */
export function tokenSessionVersion(token: Record<string, unknown> | null | undefined): number {
  return typeof token?.sv === "number" ? token.sv : 0;
}
