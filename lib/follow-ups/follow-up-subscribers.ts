import { inngest } from "@/inngest/client";
import { defineSubscriber } from "@/lib/events/bus";
import { cancelFollowUps } from "@/lib/follow-ups/cancel-follow-ups";
import { cancelOnBuyerReply } from "@/lib/follow-ups/cancel-on-buyer-reply";
import { getFollowUpRules } from "@/lib/follow-ups/get-follow-up-rules";
import { scheduleRuleFollowUps } from "@/lib/follow-ups/schedule-rule-follow-ups";
import { settleRetriedFollowUp } from "@/lib/follow-ups/settle-retried-follow-up";
import { inngestEnabled } from "@/lib/jobs/inngest-enabled";

const INNGEST_EVENTS_PER_SEND = 500;

/** What follow-ups do when the message store announces a change (lib/events/domain-events.ts). */
export const FOLLOW_UP_SUBSCRIBERS = [
  // Resolved (one chat or a bulk batch): the rules schedule their messages. They may ask Amazon about
  // the order, so after the commit and the response; durable, so a crash or a failure never loses one.
  defineSubscriber({
    id: "follow-ups.schedule-rules",
    event: "inbox/chats.resolved",
    phase: "after-commit",
    retry: "durable",
    afterResponse: true,
    handle: async ({ workspaceId, chatIds }) => {
      // Rules are off by default: one query, not one per chat of a bulk batch.
      if (!chatIds.length || !(await getFollowUpRules({ workspaceId })).some((r) => r.enabled)) return;
      if (inngestEnabled()) {
        for (let i = 0; i < chatIds.length; i += INNGEST_EVENTS_PER_SEND) {
          await inngest.send(chatIds.slice(i, i + INNGEST_EVENTS_PER_SEND).map((chatId) => ({ name: "follow-ups/chat.resolved", data: { workspaceId, chatId } })));
        }
        return;
      }
      for (const chatId of chatIds) await scheduleRuleFollowUps({ workspaceId, chatId });
    },
  }),
  // Reopened: the problem is not solved after all, so "is everything fine now?" would be wrong.
  defineSubscriber({
    id: "follow-ups.cancel-on-reopen",
    event: "inbox/chats.reopened",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds, at }, { tx }) => cancelFollowUps({ chatWhere: { id: { in: chatIds }, workspaceId }, reason: "reopened", onlyRules: true, tx, now: at }),
  }),
  // Closed by the marketplace: no follow-up can go into it any more.
  defineSubscriber({
    id: "follow-ups.cancel-on-close",
    event: "inbox/chats.closed",
    phase: "in-transaction",
    handle: ({ chatIds }, { tx }) => cancelFollowUps({ chatWhere: { id: { in: chatIds } }, reason: "chat_closed", tx }),
  }),
  // A buyer wrote: the follow-ups scheduled before it are cancelled with the message, atomically.
  defineSubscriber({
    id: "follow-ups.cancel-on-buyer-reply",
    event: "inbox/messages.stored",
    phase: "in-transaction",
    handle: ({ buyerChatIds }, { tx }) => cancelOnBuyerReply({ tx, chatIds: buyerChatIds }),
  }),
  // A failed scheduled message re-sent with Retry: its row says SENT with the reply.
  defineSubscriber({
    id: "follow-ups.settle-retried",
    event: "inbox/reply.sent",
    phase: "in-transaction",
    handle: ({ messageId }, { tx }) => settleRetriedFollowUp({ messageId, tx }),
  }),
];
