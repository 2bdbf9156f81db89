import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { withDomainEvent } from "@/lib/events/bus";

export type RemoteRead = {
  accountId: string;
  chat: { externalId: string; replyToken: string | null };
  upToMessageId: string;
};

/**
 * The operator has seen the chat: buyer messages get readAt, the chat's unread count and "new" flag
 * clear. Returns what the marketplace needs to mark it read there too, or null when nothing was unread.
 * `origin`: the tab that read it (announced with the change, so that tab does not refetch its echo).
 */
export async function markChatRead({
  workspaceId,
  chatId,
  origin = null,
  now = new Date(),
}: {
  workspaceId: string;
  chatId: string;
  origin?: string | null;
  now?: Date;
}): Promise<{ remote: RemoteRead | null }> {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    select: { id: true, kind: true, accountId: true, externalId: true, replyToken: true },
  });
  if (!chat) throw notFound("Chat not found");
  // Only a chat that was unread or new changes, and only then do other screens hear of it.
  const { read } = await withDomainEvent<{ read: { count: number }; cleared: number }>(
    ({ read, cleared }) =>
      read.count || cleared ? { name: "inbox/chat.read", data: { workspaceId, chatId, origin } } : [],
    async (tx) => {
      const read = await tx.message.updateMany({
        where: { chatId, author: "BUYER", readAt: null },
        data: { readAt: now },
      });
      const { count: cleared } = await tx.chat.updateMany({
        where: { id: chatId, OR: [{ unreadCount: { gt: 0 } }, { isNewChat: true }] },
        data: { unreadCount: 0, isNewChat: false },
      });
      return { read, cleared };
    },
  );
  // Questions and reviews have no read state on the marketplaces.
  if (!read.count || chat.kind !== "CHAT") return { remote: null };
  const last = await prisma().message.findFirst({
    where: { chatId, author: "BUYER", externalId: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { externalId: true },
  });
  if (!last?.externalId) return { remote: null };
  return {
    remote: {
      accountId: chat.accountId,
      chat: { externalId: chat.externalId, replyToken: chat.replyToken },
      upToMessageId: last.externalId,
    },
  };
}
