import type { Prisma } from "@/lib/generated/prisma/client";
import { NO_FAILURE } from "@/lib/follow-ups/scheduled-failure";
import { recordStreamEvent } from "@/lib/stream/record-stream-event";

/**
 * A scheduled message whose send failed can be re-sent with the thread's Retry (lib/inbox/retry-reply):
 * once the retried reply went out, its scheduled row says so too, so /scheduled and the thread agree.
 * In the transaction that marks the reply SENT.
 */
export async function settleRetriedFollowUp({ messageId, tx, now = new Date() }: { messageId: string; tx: Prisma.TransactionClient; now?: Date }) {
  const rows = await tx.scheduledMessage.updateManyAndReturn({ where: { sentMessageId: messageId, status: "FAILED" }, data: { status: "SENT", sentAt: now, ...NO_FAILURE }, select: { workspaceId: true, chatId: true } });
  await recordStreamEvent(tx, rows.map((r) => ({ workspaceId: r.workspaceId, type: "scheduled" as const, chatId: r.chatId })));
}
