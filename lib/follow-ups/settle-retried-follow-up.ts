import type { Publish } from "@/lib/events/bus";
import type { Prisma } from "@/lib/generated/prisma/client";
import { announceScheduledChanged } from "@/lib/follow-ups/announce-scheduled-changed";
import { NO_FAILURE } from "@/lib/follow-ups/scheduled-failure";

/**
 * A scheduled message whose send failed can be re-sent with the thread's Retry (lib/inbox/retry-reply):
 * once the retried reply went out, its scheduled row says so too, so /scheduled and the thread agree.
 * In the transaction that marks the reply SENT; the change is announced (follow-ups/scheduled.changed).
 */
export async function settleRetriedFollowUp({
  messageId,
  tx,
  publish,
  now = new Date(),
}: {
  messageId: string;
  tx: Prisma.TransactionClient;
  publish: Publish;
  now?: Date;
}) {
  const rows = await tx.scheduledMessage.updateManyAndReturn({
    where: { sentMessageId: messageId, status: "FAILED" },
    data: { status: "SENT", sentAt: now, ...NO_FAILURE },
    select: { workspaceId: true, chatId: true },
  });
  await announceScheduledChanged({ publish, rows });
}
