import { prisma } from "@/lib/db";
import type { Locale } from "@/lib/i18n/dictionaries";
import { parseLocale } from "@/lib/i18n/server";
import { renderNotification } from "@/lib/notifications/notification-text";

/**
 * The member's latest notifications in this workspace, worded in `locale`, and how many are unread. Each
 * says its language: `locale`, or for an old row shown as stored, the language the member had chosen.
 */
export async function listNotifications({
  workspaceId,
  userId,
  locale,
  limit = 20,
}: {
  workspaceId: string;
  userId: string;
  locale: Locale;
  limit?: number;
}) {
  const [rows, unread, user] = await Promise.all([
    prisma().notification.findMany({
      where: { workspaceId, userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        kind: true,
        params: true,
        title: true,
        body: true,
        chatId: true,
        caseId: true,
        readAt: true,
        createdAt: true,
      },
    }),
    prisma().notification.count({ where: { workspaceId, userId, readAt: null } }),
    prisma().user.findUnique({ where: { id: userId }, select: { locale: true } }),
  ]);
  const storedIn = parseLocale(user?.locale);
  const items = rows.map(({ params, title, body, ...row }) => ({
    ...row,
    ...renderNotification({ kind: row.kind, params, title, body }, locale, storedIn),
  }));
  return { items, unread };
}
