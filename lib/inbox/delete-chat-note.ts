import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Member } from "@/lib/auth/find-member";
import { withDomainEvent } from "@/lib/events/bus";

/** A note can be deleted by its author or by a workspace owner. */
export async function deleteChatNote({
  member,
  chatId,
  noteId,
  origin = null,
}: {
  member: Member;
  chatId: string;
  noteId: string;
  /** The tab that deleted it (lib/http/request-tab.ts). */
  origin?: string | null;
}) {
  const note = await prisma().chatNote.findFirst({
    where: { id: noteId, chatId, chat: { workspaceId: member.workspaceId } },
    select: { id: true, authorId: true },
  });
  if (!note) throw notFound("Note not found");
  if (note.authorId !== member.userId && member.role !== "OWNER")
    throw new AppError("forbidden", "Only the author or an owner can delete this note");
  await withDomainEvent(
    { name: "inbox/note.deleted", data: { workspaceId: member.workspaceId, chatId, noteId: note.id, origin } },
    (tx) => tx.chatNote.delete({ where: { id: note.id } }),
  );
}
