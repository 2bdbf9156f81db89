import type { Publish } from "@/lib/events/bus";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announceScheduledChanged } from "@/lib/follow-ups/announce-scheduled-changed";

export type SystemCancelReason = "chat_closed" | "opted_out" | "reopened";

/**
 * Cancels the waiting messages of the chats `chatWhere` selects: the chat was closed, the buyer opted
 * out, or (rule messages only) the operator reopened the chat. Idempotent: only SCHEDULED rows change.
 * In the caller's transaction; each chat whose messages changed is announced (follow-ups/scheduled.changed).
 */
export async function cancelFollowUps({
  chatWhere,
  reason,
  onlyRules = false,
  tx,
  publish,
  now = new Date(),
}: {
  chatWhere: Prisma.ChatWhereInput;
  reason: SystemCancelReason;
  onlyRules?: boolean;
  tx: Prisma.TransactionClient;
  publish: Publish;
  now?: Date;
}): Promise<number> {
  const rows = await tx.scheduledMessage.updateManyAndReturn({
    where: { status: "SCHEDULED", chat: chatWhere, ...(onlyRules ? { source: "RULE" } : {}) },
    data: {
      status: "CANCELLED",
      cancelReason: reason,
      cancelledAt: now,
      ...(reason === "reopened" ? { dedupKey: null } : {}),
    },
    select: { workspaceId: true, chatId: true },
  });
  await announceScheduledChanged({ publish, rows });
  return rows.length;
}
