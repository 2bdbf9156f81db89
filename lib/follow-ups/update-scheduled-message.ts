import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { ScheduleUpdate } from "@/lib/follow-ups/schedule-input";
import { SCHEDULED_SELECT } from "@/lib/follow-ups/scheduled-view";
import { resolveSendAt } from "@/lib/follow-ups/send-time";
import { getWorkspace } from "@/lib/workspace/get-workspace";
import { assertReplyAllowed } from "@/lib/inbox/check-reply";
import type { TypedMessageType } from "@/lib/ai/types";
import { withDomainEvent } from "@/lib/events/bus";

/**
 * Edits the text or the time of a message that is still waiting. One conditional update (status
 * SCHEDULED): a message the sweep has already claimed, sent or cancelled answers 409, never changes.
 */
export async function updateScheduledMessage({
  workspaceId,
  scheduledId,
  update,
  now = new Date(),
}: {
  workspaceId: string;
  scheduledId: string;
  update: ScheduleUpdate;
  now?: Date;
}) {
  const db = prisma();
  const row = await db.scheduledMessage.findFirst({
    where: { id: scheduledId, workspaceId },
    select: { id: true, status: true, amazonMessageType: true, chat: { select: { marketplace: true, kind: true } } },
  });
  if (!row) throw notFound("Scheduled message not found");
  if (row.status !== "SCHEDULED")
    throw new AppError("conflict", "This message is no longer waiting to be sent", { details: { status: row.status } });
  const time =
    update.sendAt !== undefined
      ? { sendAt: update.sendAt }
      : update.inDays !== undefined
        ? { inDays: update.inDays }
        : undefined;
  const sendAt = time
    ? resolveSendAt({ time, now, timeZone: (await getWorkspace({ workspaceId })).timeZone })
    : undefined;
  if (update.text !== undefined) {
    assertReplyAllowed({
      chat: row.chat,
      text: update.text,
      files: [],
      amazonMessageType: (row.amazonMessageType as TypedMessageType | null) ?? undefined,
    });
  }
  const { count } = await withDomainEvent(
    { name: "follow-ups/scheduled.changed", data: { workspaceId, chatId: null } },
    (tx) =>
      tx.scheduledMessage.updateMany({
        where: { id: row.id, workspaceId, status: "SCHEDULED" },
        data: { ...(update.text !== undefined ? { text: update.text } : {}), ...(sendAt ? { sendAt } : {}) },
      }),
  );
  if (!count) throw new AppError("conflict", "This message is no longer waiting to be sent");
  return db.scheduledMessage.findUniqueOrThrow({ where: { id: row.id }, select: SCHEDULED_SELECT });
}
