import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { SCHEDULED_SELECT } from "@/lib/follow-ups/scheduled-view";
import { withDomainEvent } from "@/lib/events/bus";

/**
 * The operator cancels a waiting message. Idempotent: cancelling a cancelled one returns it as it is;
 * one already claimed for sending or sent answers 409. A cancelled rule message frees its slot, so
 * resolving the chat again schedules the rule anew.
 */
export async function cancelScheduledMessage({
  workspaceId,
  scheduledId,
  now = new Date(),
}: {
  workspaceId: string;
  scheduledId: string;
  now?: Date;
}) {
  const db = prisma();
  const { count } = await withDomainEvent(
    { name: "follow-ups/scheduled.changed", data: { workspaceId, chatId: null } },
    (tx) =>
      tx.scheduledMessage.updateMany({
        where: { id: scheduledId, workspaceId, status: "SCHEDULED" },
        data: { status: "CANCELLED", cancelReason: "operator", cancelledAt: now, dedupKey: null },
      }),
  );
  const row = await db.scheduledMessage.findFirst({
    where: { id: scheduledId, workspaceId },
    select: SCHEDULED_SELECT,
  });
  if (!row) throw notFound("Scheduled message not found");
  if (!count && row.status !== "CANCELLED")
    throw new AppError("conflict", "This message is no longer waiting to be sent", { details: { status: row.status } });
  return row;
}
