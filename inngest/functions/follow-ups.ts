import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { followUpsChatResolved } from "@/inngest/events";
import { scheduleRuleFollowUps } from "@/lib/follow-ups/schedule-rule-follow-ups";
import { sweepScheduledMessages } from "@/lib/follow-ups/sweep-scheduled-messages";

// Thin wrappers. Delivery is a minute sweep, not a sleeping function per message: each due row is
// claimed with one conditional update (SCHEDULED -> SENDING), so a retried step or an overlap with
// the in-process schedule never sends twice, and editing or cancelling a message is a row update
// with no function run to cancel or reschedule (see README, "Follow-ups").

export const sweepScheduledMessagesCron = inngest.createFunction(
  { id: "follow-ups-sweep", triggers: [cron("* * * * *")] },
  async ({ step }) => step.run("send-due", () => sweepScheduledMessages()),
);

export const scheduleRuleFollowUpsFn = inngest.createFunction(
  { id: "follow-ups-schedule-rules", triggers: [followUpsChatResolved] },
  async ({ event, step }) => step.run("schedule", () => scheduleRuleFollowUps({ workspaceId: event.data.workspaceId, chatId: event.data.chatId })),
);
