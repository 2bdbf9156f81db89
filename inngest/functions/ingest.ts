import { inngest } from "@/inngest/client";
import { accountSyncRequested, webhookReceived } from "@/inngest/events";
import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";

// Event-driven ingestion; the crons that fan out per account are built from lib/job-list.ts
// (inngest/functions/jobs.ts).

/** One account at a time: a poll never overlaps itself, so cursors advance in order. */
export const syncAccountFn = inngest.createFunction(
  { id: "sync-account", triggers: [accountSyncRequested], concurrency: { key: "event.data.accountId", limit: 1 } },
  async ({ event, step }) => {
    const { accountId, mode } = event.data;
    return step.run(mode, () => (mode === "reviews" ? syncReviews({ accountId }) : syncAccount({ accountId, mode })));
  },
);

export const processWebhookEventsFn = inngest.createFunction(
  { id: "process-webhook-events", triggers: [webhookReceived] },
  async ({ event, step }) => step.run("process", () => processWebhookEvents({ eventIds: event.data.eventIds })),
);
