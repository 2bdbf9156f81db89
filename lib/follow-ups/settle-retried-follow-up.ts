import { withStreamEvents } from "@/lib/stream/record-stream-event";

/**
 * A scheduled message whose send failed can be re-sent with the thread's Retry (lib/inbox/retry-reply):
 * once the retried reply went out, its scheduled row says so too, so /scheduled and the thread agree.
 */
export async function settleRetriedFollowUp({ messageId, status, now = new Date() }: { messageId: string; status: string | null; now?: Date }) {
  if (status !== "SENT") return;
  await withStreamEvents<{ workspaceId: string; chatId: string }[]>(
    (rows) => rows.map((r) => ({ workspaceId: r.workspaceId, type: "scheduled" as const, chatId: r.chatId })),
    (tx) => tx.scheduledMessage.updateManyAndReturn({ where: { sentMessageId: messageId, status: "FAILED" }, data: { status: "SENT", sentAt: now, error: null }, select: { workspaceId: true, chatId: true } }),
  );
}
