import type { ChatUpdate } from "@/lib/inbox/chat-update-schema";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { getChat } from "@/lib/inbox/get-chat";
import { withDomainEvents } from "@/lib/events/bus";

/** Resolve or reopen, assign, snooze: the operator's actions on a chat of their workspace. */
export async function updateChat({
  workspaceId,
  chatId,
  update,
  userId = null,
  origin = null,
  now = new Date(),
}: {
  workspaceId: string;
  chatId: string;
  update: ChatUpdate;
  userId?: string | null;
  /** The tab that acted (lib/http/request-tab.ts): its caches show the change, so it skips the echo. */
  origin?: string | null;
  now?: Date;
}) {
  if (update.assigneeId) {
    // Only a member of this workspace can be assigned; anyone else answers like a missing id.
    const member = await prisma().membership.findFirst({
      where: { workspaceId, userId: update.assigneeId },
      select: { id: true },
    });
    if (!member) throw notFound("Member not found");
  }
  const snoozedUntil = update.snoozedUntil ? new Date(update.snoozedUntil) : update.snoozedUntil;
  if (snoozedUntil && snoozedUntil <= now)
    throw new AppError("bad_request", "Snooze until a time in the future", { details: { reason: "snooze_past" } });
  // Resolved or reopened is announced (inbox/chats.resolved, .reopened) in the update's transaction: the
  // report, follow-ups and the rest subscribe, the same as for a bulk resolve (lib/bulk/apply-bulk-action.ts).
  // Every change is announced as inbox/chats.updated too: the live stream and fair assignment subscribe.
  const count = await withDomainEvents(async (tx, publish) => {
    const { count } = await tx.chat.updateMany({
      where: { id: chatId, workspaceId },
      data: {
        ...(update.status ? { status: update.status } : {}),
        ...(update.assigneeId !== undefined ? { assigneeId: update.assigneeId } : {}),
        ...(snoozedUntil !== undefined ? { snoozedUntil } : {}),
      },
    });
    if (!count) return 0;
    if (update.status === "RESOLVED")
      await publish({ name: "inbox/chats.resolved", data: { workspaceId, chatIds: [chatId], userId, at: now } });
    else if (update.status === "OPEN")
      await publish({ name: "inbox/chats.reopened", data: { workspaceId, chatIds: [chatId], at: now } });
    if (update.assigneeId) await publish({ name: "inbox/chats.assigned", data: { workspaceId, chatIds: [chatId] } });
    // Resolved, handed back or snoozed: an operator may have room now, or the chat waits in the queue.
    const queueChanged = update.status === "RESOLVED" || update.assigneeId === null || !!snoozedUntil;
    await publish({
      name: "inbox/chats.updated",
      data: { workspaceId, chatIds: [chatId], queueChanged, at: now, origin },
    });
    return count;
  });
  if (!count) throw notFound("Chat not found");
  return getChat({ workspaceId, chatId });
}
