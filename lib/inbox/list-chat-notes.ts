import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { NOTE_SELECT } from "@/lib/inbox/note-select";

/** Internal notes of a chat, oldest first: for operators only, never sent to the buyer. */
export async function listChatNotes({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const chat = await prisma().chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } });
  if (!chat) throw notFound("Chat not found");
  const notes = await prisma().chatNote.findMany({
    where: { chatId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: NOTE_SELECT,
    take: 500,
  });
  return { notes };
}
