import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { wordScheduledError } from "@/lib/follow-ups/scheduled-failure-text";
import { SCHEDULED_SELECT } from "@/lib/follow-ups/scheduled-view";
import type { Locale } from "@/lib/i18n/dictionaries";

/** One chat's scheduled messages for the thread: everything waiting, then the latest 20 that are done; reasons in `locale`. */
export async function listChatScheduledMessages({
  workspaceId,
  chatId,
  locale,
}: {
  workspaceId: string;
  chatId: string;
  locale: Locale;
}) {
  const db = prisma();
  const chat = await db.chat.findFirst({
    where: { id: chatId, workspaceId },
    select: { id: true, followUpOptOutAt: true },
  });
  if (!chat) throw notFound("Chat not found");
  const [waiting, done] = await Promise.all([
    db.scheduledMessage.findMany({
      where: { chatId: chat.id, status: { in: ["SCHEDULED", "SENDING"] } },
      orderBy: [{ sendAt: "asc" }, { id: "asc" }],
      select: SCHEDULED_SELECT,
    }),
    db.scheduledMessage.findMany({
      where: { chatId: chat.id, status: { in: ["SENT", "FAILED", "CANCELLED"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: 20,
      select: SCHEDULED_SELECT,
    }),
  ]);
  return {
    messages: [...waiting, ...done].map((m) => wordScheduledError(m, locale)),
    optedOut: chat.followUpOptOutAt !== null,
  };
}
