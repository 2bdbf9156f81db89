import { prisma } from "@/lib/db";
import { LABEL_SELECT } from "@/lib/labels/label-schema";

type ChatLabelView = { id: string; name: string; color: string };

/** The labels of a page of chats, by chat id (one query for the page). */
export async function labelsOfChats({ chatIds }: { chatIds: string[] }): Promise<Map<string, ChatLabelView[]>> {
  const byChat = new Map<string, ChatLabelView[]>();
  if (!chatIds.length) return byChat;
  const rows = await prisma().chatLabel.findMany({
    where: { chatId: { in: chatIds } },
    select: { chatId: true, label: { select: LABEL_SELECT } },
    orderBy: { label: { name: "asc" } },
  });
  for (const row of rows) byChat.set(row.chatId, [...(byChat.get(row.chatId) ?? []), row.label]);
  return byChat;
}
