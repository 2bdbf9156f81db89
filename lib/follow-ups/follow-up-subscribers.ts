import { inngest } from "@/inngest/client";
import { defineSubscriber } from "@/lib/events/bus";
import { RetryRemainder } from "@/lib/events/event-deliveries";
import { cancelFollowUps } from "@/lib/follow-ups/cancel-follow-ups";
import { cancelOnBuyerReply } from "@/lib/follow-ups/cancel-on-buyer-reply";
import { getFollowUpRules } from "@/lib/follow-ups/get-follow-up-rules";
import { scheduleRuleFollowUps } from "@/lib/follow-ups/schedule-rule-follow-ups";
import { settleRetriedFollowUp } from "@/lib/follow-ups/settle-retried-follow-up";
import { inngestEnabled } from "@/lib/jobs/inngest-enabled";

const INNGEST_EVENTS_PER_SEND = 500;
// Chats per durable delivery: small enough to run well within its lease and to retry cheaply.
export const FOLLOW_UP_CHUNK = 50;

/** What follow-ups do when the message store announces a change (lib/events/domain-events.ts). */
export const FOLLOW_UP_SUBSCRIBERS = [
  // Resolved (one chat or a bulk batch): the rules schedule their messages. They may ask Amazon about
  // the order, so after the commit and the response; durable, so a crash or a failure never loses one.
  // A delivery per chunk of chats, and a failed chat retried alone: one bad chat never reruns a batch.
  defineSubscriber({
    id: "follow-ups.schedule-rules",
    event: "inbox/chats.resolved",
    phase: "after-commit",
    retry: "durable",
    afterResponse: true,
    split: (data) => chunk(data.chatIds, FOLLOW_UP_CHUNK).map((chatIds) => ({ ...data, chatIds })),
    handle: async (data) => {
      const { workspaceId, chatIds, at } = data;
      // Rules are off by default: one query, not one per chat of a bulk batch.
      if (!chatIds.length || !(await getFollowUpRules({ workspaceId })).some((r) => r.enabled)) return;
      if (inngestEnabled()) {
        // Event ids make a repeated delivery a no-op in Inngest (it drops an id it has seen within 24 h).
        const events = chatIds.map((chatId) => ({
          id: `follow-ups-resolved-${chatId}-${new Date(at).getTime()}`,
          name: "follow-ups/chat.resolved" as const,
          data: { workspaceId, chatId },
        }));
        for (const part of chunk(events, INNGEST_EVENTS_PER_SEND)) await inngest.send(part);
        return;
      }
      // Each chat on its own; a second run of the same chats schedules nothing twice (one row per rule
      // and buyer turn, a unique key).
      const failed: string[] = [];
      let failure: unknown;
      for (const chatId of chatIds) {
        try {
          await scheduleRuleFollowUps({ workspaceId, chatId });
        } catch (error) {
          failed.push(chatId);
          failure = error;
        }
      }
      if (failed.length) throw new RetryRemainder({ ...data, chatIds: failed }, failure);
    },
  }),
  // Reopened: the problem is not solved after all, so "is everything fine now?" would be wrong.
  defineSubscriber({
    id: "follow-ups.cancel-on-reopen",
    event: "inbox/chats.reopened",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds, at }, { tx, publish }) =>
      cancelFollowUps({
        chatWhere: { id: { in: chatIds }, workspaceId },
        reason: "reopened",
        onlyRules: true,
        tx,
        publish,
        now: at,
      }),
  }),
  // Closed by the marketplace: no follow-up can go into it any more.
  defineSubscriber({
    id: "follow-ups.cancel-on-close",
    event: "inbox/chats.closed",
    phase: "in-transaction",
    handle: ({ chatIds }, { tx, publish }) =>
      cancelFollowUps({ chatWhere: { id: { in: chatIds } }, reason: "chat_closed", tx, publish }),
  }),
  // A buyer wrote: the follow-ups scheduled before it are cancelled with the message, atomically.
  defineSubscriber({
    id: "follow-ups.cancel-on-buyer-reply",
    event: "inbox/messages.stored",
    phase: "in-transaction",
    handle: ({ buyerChatIds }, { tx, publish }) => cancelOnBuyerReply({ tx, publish, chatIds: buyerChatIds }),
  }),
  // A failed scheduled message re-sent with Retry: its row says SENT with the reply.
  defineSubscriber({
    id: "follow-ups.settle-retried",
    event: "inbox/reply.sent",
    phase: "in-transaction",
    handle: ({ messageId }, { tx, publish }) => settleRetriedFollowUp({ messageId, tx, publish }),
  }),
];

function chunk<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
