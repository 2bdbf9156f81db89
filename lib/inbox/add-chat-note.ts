import { z } from "zod";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { NOTE_SELECT } from "@/lib/inbox/note-select";
import { withStreamEvents } from "@/lib/stream/record-stream-event";

export const noteInputSchema = z.object({ text: z.string().trim().min(1).max(5_000) });

export async function addChatNote({ workspaceId, chatId, authorId, text }: { workspaceId: string; chatId: string; authorId: string; text: string }) {
  const chat = await prisma().chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } });
  if (!chat) throw notFound("Chat not found");
  return withStreamEvents({ workspaceId, type: "note", chatId }, (tx) => tx.chatNote.create({ data: { chatId, authorId, text }, select: NOTE_SELECT }));
}
