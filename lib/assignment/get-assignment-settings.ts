import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** The workspace's assignment switches and each member's online flag, cap, load and limits. */
export async function getAssignmentSettings({ workspaceId }: { workspaceId: string }) {
  const workspace = await prisma().workspace.findUnique({
    where: { id: workspaceId },
    select: { autoAssign: true, reassignOnOffline: true },
  });
  if (!workspace) throw notFound("Workspace not found");
  const [members, loads] = await Promise.all([
    prisma().membership.findMany({
      where: { workspaceId },
      orderBy: { createdAt: "asc" },
      select: {
        userId: true,
        role: true,
        online: true,
        maxOpenChats: true,
        marketplaces: true,
        kinds: true,
        user: { select: { name: true, email: true } },
      },
    }),
    prisma().chat.groupBy({
      by: ["assigneeId"],
      where: { workspaceId, status: "OPEN", assigneeId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const load = new Map(loads.map((l) => [l.assigneeId, l._count._all]));
  return {
    ...workspace,
    members: members.map((m) => ({
      id: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      online: m.online,
      maxOpenChats: m.maxOpenChats,
      marketplaces: m.marketplaces,
      kinds: m.kinds,
      openChats: load.get(m.userId) ?? 0,
    })),
  };
}
