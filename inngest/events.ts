import { eventType } from "inngest";
import { z } from "zod";

// Every event the app sends, with its zod schema. Names are "<area>/<noun>.<verb>".
// A domain handler for each lives in lib/jobs/event-handlers.ts, so the embedded default (no Inngest
// server) runs the same work in-process.

export const jobsTick = eventType("jobs/sweep.requested", { schema: z.object({ job: z.string() }) });

// Review requests stored by a POS/CRM webhook, to be sent (lib/review-requests/process-review-request.ts).
export const reviewRequestsQueued = eventType("review-requests/requests.queued", {
  schema: z.object({ requestIds: z.array(z.string().min(1)).min(1).max(500) }),
});

// Ingestion (lib/ingest): one account's pull, and stored marketplace pushes to process.
export const accountSyncRequested = eventType("inbox/account.sync.requested", {
  schema: z.object({ accountId: z.string().min(1), mode: z.enum(["sync", "backfill", "reviews"]) }),
});
export const webhookReceived = eventType("inbox/webhook.received", {
  schema: z.object({ eventIds: z.array(z.string().min(1)).min(1).max(100) }),
});

// Negative-review rescue (lib/negative-reviews): a case opened, the buyer's first reply started the
// 72-hour window (with its deadline), the operator resolved it (cancels the reminder function).
export const negativeReviewOpened = eventType("review/negative.opened", {
  schema: z.object({ caseId: z.string().min(1) }),
});
export const negativeReviewBuyerReplied = eventType("review/negative.buyer-replied", {
  schema: z.object({ caseId: z.string().min(1), deadlineAt: z.iso.datetime().optional() }),
});
export const negativeReviewResolved = eventType("review/negative.resolved", {
  schema: z.object({ caseId: z.string().min(1) }),
});
// Follow-ups (lib/follow-ups): a chat was resolved, so the workspace's enabled rules may schedule messages.
export const followUpsChatResolved = eventType("follow-ups/chat.resolved", {
  schema: z.object({ workspaceId: z.string().min(1), chatId: z.string().min(1) }),
});
// Bulk actions (lib/bulk): a job with its chats fixed, to run in batches.
export const bulkJobCreated = eventType("inbox/bulk-job.created", { schema: z.object({ jobId: z.string().min(1) }) });
