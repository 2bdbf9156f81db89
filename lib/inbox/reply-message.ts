import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

// The thread's view of one message, the same fields listMessages returns, so the composer can put a
// sent reply straight into the thread's cache.
export const REPLY_MESSAGE_SELECT = {
  id: true,
  author: true,
  text: true,
  notice: true,
  reviewPros: true,
  reviewCons: true,
  createdAt: true,
  readAt: true,
  editedAt: true,
  originalText: true,
  status: true,
  error: true,
  errorParams: true,
  sender: { select: { id: true, name: true } },
  attachments: { select: { id: true, fileName: true, mimeType: true, size: true } },
} as const;

export function readReplyMessage({ messageId }: { messageId: string }) {
  return prisma().message.findUniqueOrThrow({ where: { id: messageId }, select: REPLY_MESSAGE_SELECT });
}

export type ReplyMessage = Awaited<ReturnType<typeof readReplyMessage>>;

/** The chat to answer, with its account (credentials included: server-side only, never returned). */
export async function loadReplyChat({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const chat = await prisma().chat.findFirst({ where: { id: chatId, workspaceId }, include: { account: true } });
  if (!chat) throw notFound("Chat not found");
  return chat;
}

export type ReplyChat = Awaited<ReturnType<typeof loadReplyChat>>;
