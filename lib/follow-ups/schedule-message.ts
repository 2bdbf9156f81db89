import { checkProactive } from "@/lib/follow-ups/check-proactive";
import { notAllowedError, type ScheduleInput } from "@/lib/follow-ups/schedule-input";
import { SCHEDULED_SELECT } from "@/lib/follow-ups/scheduled-view";
import { resolveSendAt } from "@/lib/follow-ups/send-time";
import { assertReplyAllowed } from "@/lib/inbox/check-reply";
import { loadReplyChat } from "@/lib/inbox/reply-message";
import { getWorkspace } from "@/lib/workspace/get-workspace";
import { withDomainEvent } from "@/lib/events/bus";

/**
 * An operator schedules a message in a chat of their workspace ("remind in N days" / "send at").
 * Refused before anything is stored when the text breaks the guardrails (422 with the findings, as a
 * reply would be) or the marketplace does not let the seller write first here (422 with the reason).
 */
export async function scheduleMessage({
  workspaceId,
  userId,
  chatId,
  input,
  now = new Date(),
}: {
  workspaceId: string;
  userId: string;
  chatId: string;
  input: ScheduleInput;
  now?: Date;
}) {
  const [chat, { timeZone }] = await Promise.all([
    loadReplyChat({ workspaceId, chatId }),
    getWorkspace({ workspaceId }),
  ]);
  const sendAt = resolveSendAt({
    time: input.sendAt !== undefined ? { sendAt: input.sendAt } : { inDays: input.inDays! },
    now,
    timeZone,
  });
  assertReplyAllowed({ chat, text: input.text, files: [], amazonMessageType: input.amazonMessageType });
  const { verdict } = await checkProactive({ chat, purpose: "manual", requestedType: input.amazonMessageType ?? null });
  if (!verdict.ok) throw notAllowedError(verdict.refusal);
  return withDomainEvent({ name: "follow-ups/scheduled.changed", data: { workspaceId, chatId: chat.id } }, (tx) =>
    tx.scheduledMessage.create({
      data: {
        workspaceId,
        chatId: chat.id,
        text: input.text,
        sendAt,
        source: "MANUAL",
        amazonMessageType: verdict.messageType,
        createdById: userId,
      },
      select: SCHEDULED_SELECT,
    }),
  );
}
