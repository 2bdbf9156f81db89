import { inngest } from "@/inngest/client";
import { reviewRequestsQueued } from "@/inngest/events";
import { processReviewRequests } from "@/lib/review-requests/process-review-request";

// Thin wrappers: the services claim each request with a lease, so a retried step or an overlap
// with the sweep (review-requests-sweep, lib/job-list.ts) never sends twice.

export const sendReviewRequests = inngest.createFunction(
  { id: "review-requests-send", triggers: [reviewRequestsQueued] },
  async ({ event, step }) => step.run("send", () => processReviewRequests({ requestIds: event.data.requestIds })),
);
