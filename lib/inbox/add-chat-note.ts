import { z } from "zod";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { findMentions } from "@/lib/inbox/find-mentions";
import { NOTE_SELECT } from "@/lib/inbox/note-select";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";
import { cutText } from "@/lib/text/cut-text";

export const noteInputSchema = z.object({ text: z.string().trim().min(1).max(5_000) });

// The note in a notification: enough to know what it is about.
const BODY_CHARS = 300;

/** Adds an internal note; each member it @mentions (other than its author) gets a notification. */
export async function addChatNote({ workspaceId, chatId, authorId, text }: { workspaceId: string; chatId: string; authorId: string; text: string }) {
  const chat = await prisma().chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } });
  if (!chat) throw notFound("Chat not found");
  const members = text.includes("@")
    ? (await prisma().membership.findMany({ where: { workspaceId }, select: { user: { select: { id: true, name: true, email: true } } } })).map((m) => m.user)
    : [];
  const mentioned = new Set(findMentions({ text, members }));
  mentioned.delete(authorId);
  const author = members.find((m) => m.id === authorId);
  return prisma().$transaction(async (tx) => {
    const note = await tx.chatNote.create({ data: { chatId, authorId, text }, select: NOTE_SELECT });
    const recipients = members.filter((m) => mentioned.has(m.id));
    if (recipients.length) {
      await tx.notification.createMany({
        // Worded in each reader's language when read; the note itself is the body.
        data: recipients.map((m) => ({ workspaceId, userId: m.id, kind: "mention", params: { author: author?.name ?? author?.email ?? "—" }, body: cutText(text, BODY_CHARS), chatId })),
      });
    }
    await recordStreamEvent(tx, [{ workspaceId, type: "note", chatId }, ...(recipients.length ? [{ workspaceId, type: "notification" as const }] : [])]);
    return note;
  });
}
