import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { reviewRequestsQueued } from "@/inngest/events";
import { processReviewRequests } from "@/lib/review-requests/process-review-request";
import { sweepReviewRequests } from "@/lib/review-requests/sweep-review-requests";

// Thin wrappers: the services claim each request with a lease, so a retried step or an overlap
// with the sweep never sends twice.

export const sendReviewRequests = inngest.createFunction(
  { id: "review-requests-send", triggers: [reviewRequestsQueued] },
  async ({ event, step }) => step.run("send", () => processReviewRequests({ requestIds: event.data.requestIds })),
);

export const sweepReviewRequestsCron = inngest.createFunction(
  { id: "review-requests-sweep", triggers: [cron("* * * * *")] },
  async ({ step }) => step.run("sweep", () => sweepReviewRequests()),
);
