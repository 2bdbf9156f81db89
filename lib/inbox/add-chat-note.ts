import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { withDomainEvents } from "@/lib/events/bus";
import { findMentions } from "@/lib/inbox/find-mentions";
import { NOTE_SELECT } from "@/lib/inbox/note-select";

/**
 * Adds an internal note. It is announced (inbox/note.added) with the members it @mentions, its author
 * left out: they get a notification and the thread's viewers the note, in the note's transaction.
 */
export async function addChatNote({
  workspaceId,
  chatId,
  authorId,
  text,
  origin = null,
}: {
  workspaceId: string;
  chatId: string;
  authorId: string;
  text: string;
  /** The tab that wrote it (lib/http/request-tab.ts). */
  origin?: string | null;
}) {
  const chat = await prisma().chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } });
  if (!chat) throw notFound("Chat not found");
  const members = text.includes("@")
    ? (
        await prisma().membership.findMany({
          where: { workspaceId },
          select: { user: { select: { id: true, name: true, email: true } } },
        })
      ).map((m) => m.user)
    : [];
  const mentioned = new Set(findMentions({ text, members }));
  mentioned.delete(authorId);
  return withDomainEvents(async (tx, publish) => {
    const note = await tx.chatNote.create({ data: { chatId, authorId, text }, select: NOTE_SELECT });
    await publish({
      name: "inbox/note.added",
      data: { workspaceId, chatId, noteId: note.id, authorId, mentionedUserIds: [...mentioned], origin },
    });
    return note;
  });
}
