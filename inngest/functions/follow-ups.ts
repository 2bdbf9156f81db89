import { inngest } from "@/inngest/client";
import { followUpsChatResolved } from "@/inngest/events";
import { scheduleRuleFollowUps } from "@/lib/follow-ups/schedule-rule-follow-ups";

// A thin wrapper. Delivery is the minute sweep (follow-ups-sweep, lib/job-list.ts), not a sleeping
// function per message: due rows are claimed (SCHEDULED -> SENDING), so a retried step or an overlap
// never sends twice, and editing or cancelling a message is a row update with no function run to
// cancel or reschedule (see README, "Follow-ups").
export const scheduleRuleFollowUpsFn = inngest.createFunction(
  { id: "follow-ups-schedule-rules", triggers: [followUpsChatResolved] },
  async ({ event, step }) =>
    step.run("schedule", () =>
      scheduleRuleFollowUps({ workspaceId: event.data.workspaceId, chatId: event.data.chatId }),
    ),
);
