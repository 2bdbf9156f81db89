import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/dictionaries";
import { renderNotification } from "@/lib/notifications/notification-text";

/** The member's latest notifications in this workspace, worded in `locale`, and how many are unread. */
export async function listNotifications({ workspaceId, userId, locale, limit = 20 }: { workspaceId: string; userId: string; locale: Locale; limit?: number }) {
  const [rows, unread] = await Promise.all([
    prisma().notification.findMany({
      where: { workspaceId, userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, kind: true, params: true, title: true, body: true, chatId: true, caseId: true, readAt: true, createdAt: true },
    }),
    prisma().notification.count({ where: { workspaceId, userId, readAt: null } }),
  ]);
  const items = rows.map(({ params, title, body, ...row }) => ({ ...row, ...renderNotification({ kind: row.kind, params, title, body }, locale) }));
  return { items, unread };
}
