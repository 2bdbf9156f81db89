import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";

export type SystemCancelReason = "chat_closed" | "opted_out" | "reopened";

/**
 * Cancels the waiting messages of the chats `chatWhere` selects: the chat was closed, the buyer opted
 * out, or (rule messages only) the operator reopened the chat. Idempotent: only SCHEDULED rows change.
 */
export async function cancelFollowUps({
  chatWhere,
  reason,
  onlyRules = false,
  tx,
  now = new Date(),
}: {
  chatWhere: Prisma.ChatWhereInput;
  reason: SystemCancelReason;
  onlyRules?: boolean;
  tx?: Prisma.TransactionClient;
  now?: Date;
}): Promise<number> {
  const cancel = async (db: Prisma.TransactionClient) => {
    const rows = await db.scheduledMessage.updateManyAndReturn({
      where: { status: "SCHEDULED", chat: chatWhere, ...(onlyRules ? { source: "RULE" } : {}) },
      data: { status: "CANCELLED", cancelReason: reason, cancelledAt: now, ...(reason === "reopened" ? { dedupKey: null } : {}) },
      select: { workspaceId: true, chatId: true },
    });
    await recordStreamEvent(db, rows.map((r) => ({ workspaceId: r.workspaceId, type: "scheduled" as const, chatId: r.chatId })));
    return rows.length;
  };
  return tx ? cancel(tx) : prisma().$transaction(cancel);
}
