import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { withStreamEvents } from "@/lib/stream/record-stream-event";

export type RemoteRead = { accountId: string; chat: { externalId: string; replyToken: string | null }; upToMessageId: string };

/**
 * The operator has seen the chat: buyer messages get readAt, the chat's unread count and "new" flag
 * clear. Returns what the marketplace needs to mark it read there too, or null when nothing was unread.
 */
export async function markChatRead({ workspaceId, chatId, now = new Date() }: { workspaceId: string; chatId: string; now?: Date }): Promise<{ remote: RemoteRead | null }> {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    select: { id: true, kind: true, accountId: true, externalId: true, replyToken: true },
  });
  if (!chat) throw notFound("Chat not found");
  const read = await withStreamEvents({ workspaceId, type: "chat", chatId }, async (tx) => {
    const marked = await tx.message.updateMany({ where: { chatId, author: "BUYER", readAt: null }, data: { readAt: now } });
    await tx.chat.update({ where: { id: chatId }, data: { unreadCount: 0, isNewChat: false } });
    return marked;
  });
  // Questions and reviews have no read state on the marketplaces.
  if (!read.count || chat.kind !== "CHAT") return { remote: null };
  const last = await prisma().message.findFirst({
    where: { chatId, author: "BUYER", externalId: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { externalId: true },
  });
  if (!last?.externalId) return { remote: null };
  return { remote: { accountId: chat.accountId, chat: { externalId: chat.externalId, replyToken: chat.replyToken }, upToMessageId: last.externalId } };
}
