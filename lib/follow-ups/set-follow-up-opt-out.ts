import { z } from "zod";
import { withDomainEvents } from "@/lib/events/bus";
import { notFound } from "@/lib/errors";
import { cancelFollowUps } from "@/lib/follow-ups/cancel-follow-ups";

export const followUpOptOutSchema = z.object({ optOut: z.boolean() });

/** The buyer asked for no more follow-ups in this chat (or the operator undoes it). Opting out cancels what is waiting. */
export async function setFollowUpOptOut({
  workspaceId,
  chatId,
  optOut,
  now = new Date(),
}: {
  workspaceId: string;
  chatId: string;
  optOut: boolean;
  now?: Date;
}) {
  return withDomainEvents(async (tx, publish) => {
    const { count } = await tx.chat.updateMany({
      where: { id: chatId, workspaceId, ...(optOut ? { followUpOptOutAt: null } : {}) },
      data: { followUpOptOutAt: optOut ? now : null },
    });
    const chat = await tx.chat.findFirst({
      where: { id: chatId, workspaceId },
      select: { id: true, followUpOptOutAt: true },
    });
    if (!chat) throw notFound("Chat not found");
    const cancelled = optOut
      ? await cancelFollowUps({ chatWhere: { id: chat.id, workspaceId }, reason: "opted_out", tx, publish, now })
      : 0;
    return { chatId: chat.id, followUpOptOutAt: chat.followUpOptOutAt, cancelled, changed: count > 0 };
  });
}
