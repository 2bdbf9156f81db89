import { typedMessageTypeSchema } from "@/lib/ai/types";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkProactive } from "@/lib/follow-ups/check-proactive";
import { failureColumns, refusalFailure, replyFailureColumns, thrownFailure } from "@/lib/follow-ups/scheduled-failure";
import { logger } from "@/lib/log";
import { sendReply } from "@/lib/inbox/send-reply";
import { withDomainEvent } from "@/lib/events/bus";

const log = logger("follow-ups");

export type SendOutcome = "sent" | "failed" | "cancelled" | "skipped";

export const clientRequestIdFor = (scheduledId: string) => `scheduled-${scheduledId}`;

/**
 * Sends one message the sweep has claimed (status SENDING). Checked again first: a buyer who wrote,
 * a closed chat or an opt-out cancels it; a marketplace that no longer allows it (Amazon's window
 * closed) fails it with the reason. Then the operators' send service does the rest (guardrails,
 * the connector's rate limits, a FAILED message with the reason and Retry in the thread). Its
 * clientRequestId is derived from this row, so a repeated attempt never posts twice.
 */
export async function sendScheduledMessage({
  scheduledId,
  now = new Date(),
}: {
  scheduledId: string;
  now?: Date;
}): Promise<SendOutcome> {
  const db = prisma();
  const row = await db.scheduledMessage.findUnique({
    where: { id: scheduledId },
    include: { chat: { include: { account: true } } },
  });
  if (!row || row.status !== "SENDING") return "skipped";
  const { chat } = row;
  const finish = (data: { status: "SENT" | "FAILED" | "CANCELLED" | "SCHEDULED"; [k: string]: unknown }) =>
    withDomainEvent(
      { name: "follow-ups/scheduled.changed", data: { workspaceId: row.workspaceId, chatId: chat.id } },
      (tx) =>
        tx.scheduledMessage.updateMany({
          where: { id: row.id, status: "SENDING" },
          data: { lockedUntil: null, ...data },
        }),
    );

  const buyerWrote = await db.message.count({
    where: { chatId: chat.id, author: "BUYER", createdAt: { gt: row.createdAt } },
  });
  const cancelReason =
    chat.status === "CLOSED"
      ? "chat_closed"
      : chat.followUpOptOutAt
        ? "opted_out"
        : buyerWrote
          ? "buyer_replied"
          : null;
  if (cancelReason) {
    await finish({ status: "CANCELLED", cancelReason, cancelledAt: now });
    return "cancelled";
  }

  const { verdict } = await checkProactive({
    chat,
    purpose: row.source === "RULE" ? "rule" : "manual",
    requestedType: row.amazonMessageType,
  });
  if (!verdict.ok) {
    await finish({ status: "FAILED", ...failureColumns(refusalFailure(verdict.refusal)) });
    log.info("scheduled message refused", { scheduledId: row.id, chatId: chat.id, code: verdict.refusal.code });
    return "failed";
  }
  const amazonMessageType = typedMessageTypeSchema.safeParse(verdict.messageType);
  try {
    const { message } = await sendReply({
      workspaceId: row.workspaceId,
      userId: row.createdById,
      chatId: chat.id,
      text: row.text,
      clientRequestId: clientRequestIdFor(row.id),
      amazonMessageType: amazonMessageType.success ? amazonMessageType.data : undefined,
    });
    if (message.status === "PENDING") return "skipped"; // an earlier attempt is still sending it; the sweep settles it
    const sent = message.status === "SENT";
    await finish({
      status: sent ? "SENT" : "FAILED",
      sentMessageId: message.id,
      sentAt: sent ? now : null,
      ...(sent ? {} : replyFailureColumns(message)),
    });
    return sent ? "sent" : "failed";
  } catch (error) {
    await finish({ status: "FAILED", ...failureColumns(thrownFailure(error)) });
    if (!(error instanceof AppError))
      log.error("scheduled send failed", {
        scheduledId: row.id,
        error: error instanceof Error ? error.name : "unknown",
      });
    return "failed";
  }
}
