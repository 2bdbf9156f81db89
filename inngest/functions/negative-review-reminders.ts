import { inngest } from "@/inngest/client";
import { negativeReviewBuyerReplied, negativeReviewOpened, negativeReviewResolved } from "@/inngest/events";
import { fireCaseReminder } from "@/lib/negative-reviews/fire-case-reminder";
import { planCaseReminders } from "@/lib/negative-reviews/plan-case-reminders";
import { publishDueCases } from "@/lib/negative-reviews/publish-due-cases";

// How long to wait for the buyer's first reply before looking at the case again (a reply that came
// between the plan and the wait is found by the re-plan), and how many times.
const BUYER_WAIT = "24h";
const MAX_BUYER_WAITS = 14;

/**
 * One run per case: waits for the buyer's first reply when the deadline is not known yet, then sleeps
 * until each reminder (and the escalation) and has the service send it; a resolution cancels the run.
 * The service claims each reminder in a ledger first, so retries and the minute sweep never double-send.
 */
export const negativeReviewReminders = inngest.createFunction(
  {
    id: "negative-review-reminders",
    triggers: [negativeReviewOpened],
    cancelOn: [{ event: negativeReviewResolved, if: "async.data.caseId == event.data.caseId" }],
  },
  async ({ event, step }) => {
    const caseId = event.data.caseId;
    let plan = await step.run("plan", () => planCaseReminders({ caseId }));
    for (let i = 0; plan.open && plan.awaitingBuyer && i < MAX_BUYER_WAITS; i++) {
      await step.waitForEvent(`wait-buyer-reply-${i}`, {
        event: negativeReviewBuyerReplied,
        timeout: BUYER_WAIT,
        if: "async.data.caseId == event.data.caseId",
      });
      plan = await step.run(`plan-${i + 1}`, () => planCaseReminders({ caseId }));
    }
    if (!plan.open || plan.awaitingBuyer) return { caseId, fired: {} };
    const fired: Record<string, string> = {};
    for (const reminder of plan.reminders) {
      await step.sleepUntil(`sleep-${reminder.kind}`, new Date(reminder.at));
      fired[reminder.kind] = await step.run(`fire-${reminder.kind}`, () =>
        fireCaseReminder({ caseId, kind: reminder.kind, firedBy: "inngest" }),
      );
    }
    if (plan.publishAt) {
      await step.sleepUntil("sleep-publish", new Date(plan.publishAt));
      await step.run("publish", () => publishDueCases({ caseId }));
    }
    return { caseId, fired };
  },
);
