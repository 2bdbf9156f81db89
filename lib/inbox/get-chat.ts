import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { effectiveDueAt } from "@/lib/inbox/chat-sla";

/** A chat of the member's workspace; another workspace's id is indistinguishable from a missing one. */
export async function getChat({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    include: {
      account: { select: { id: true, name: true, marketplace: true, status: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  if (!chat) throw notFound("Chat not found");
  return { ...chat, dueAt: effectiveDueAt(chat) };
}
