import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { getChat } from "@/lib/inbox/get-chat";
import { cancelFollowUps } from "@/lib/follow-ups/cancel-follow-ups";
import { scheduleRuleFollowUps } from "@/lib/follow-ups/schedule-rule-follow-ups";
import { dispatchEvent } from "@/lib/jobs/dispatch-event";
import { recordResolutions } from "@/lib/reports/record-resolutions";
import { withStreamEvents } from "@/lib/stream/record-stream-event";
import { assignWaitingChats } from "@/lib/assignment/assign-waiting-chats";

export const chatUpdateSchema = z
  .object({
    status: z.enum(["OPEN", "RESOLVED"]).optional(),
    assigneeId: z.string().min(1).max(100).nullable().optional(),
    snoozedUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "Nothing to update");
export type ChatUpdate = z.infer<typeof chatUpdateSchema>;

/** Resolve or reopen, assign, snooze: the operator's actions on a chat of their workspace. */
export async function updateChat({ workspaceId, chatId, update, userId = null, now = new Date() }: { workspaceId: string; chatId: string; update: ChatUpdate; userId?: string | null; now?: Date }) {
  if (update.assigneeId) {
    // Only a member of this workspace can be assigned; anyone else answers like a missing id.
    const member = await prisma().membership.findFirst({ where: { workspaceId, userId: update.assigneeId }, select: { id: true } });
    if (!member) throw notFound("Member not found");
  }
  const snoozedUntil = update.snoozedUntil ? new Date(update.snoozedUntil) : update.snoozedUntil;
  if (snoozedUntil && snoozedUntil <= now) throw new AppError("bad_request", "Snooze until a time in the future");
  const { count } = await withStreamEvents<{ count: number }>(
    ({ count }) => (count ? { workspaceId, type: "chat", chatId } : []),
    (tx) =>
      tx.chat.updateMany({
        where: { id: chatId, workspaceId },
        data: {
          ...(update.status ? { status: update.status } : {}),
          ...(update.assigneeId !== undefined ? { assigneeId: update.assigneeId } : {}),
          ...(snoozedUntil !== undefined ? { snoozedUntil } : {}),
        },
      }),
  );
  if (!count) throw notFound("Chat not found");
  if (update.status === "RESOLVED") {
    // Reports: the conversation's resolution time, and the SLA clock stops.
    await recordResolutions({ db: prisma(), workspaceId, chatIds: [chatId], userId, at: now });
    // Rules may ask Amazon about the order: after the response, in-process or on Inngest.
    await dispatchEvent({
      name: "follow-ups/chat.resolved",
      data: { workspaceId, chatId },
      runInProcess: () => scheduleRuleFollowUps({ workspaceId, chatId }),
    });
  } else if (update.status === "OPEN") {
    // Reopened: the problem is not solved after all, so "is everything fine now?" would be wrong.
    await cancelFollowUps({ chatWhere: { id: chatId, workspaceId }, reason: "reopened", onlyRules: true, now });
  }
  // Resolved, handed back or snoozed: an operator may have room now, or the chat waits in the queue.
  if (update.status === "RESOLVED" || update.assigneeId === null || snoozedUntil) await assignWaitingChats({ workspaceId, now });
  return getChat({ workspaceId, chatId });
}
