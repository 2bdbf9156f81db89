import { prisma } from "@/lib/db";

/** The member's latest notifications in this workspace and how many are unread. */
export async function listNotifications({ workspaceId, userId, limit = 20 }: { workspaceId: string; userId: string; limit?: number }) {
  const [items, unread] = await Promise.all([
    prisma().notification.findMany({
      where: { workspaceId, userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, kind: true, title: true, body: true, chatId: true, caseId: true, readAt: true, createdAt: true },
    }),
    prisma().notification.count({ where: { workspaceId, userId, readAt: null } }),
  ]);
  return { items, unread };
}
