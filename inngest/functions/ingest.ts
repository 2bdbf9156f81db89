import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { accountSyncRequested, webhookReceived } from "@/inngest/events";
import { dueAccounts } from "@/lib/ingest/due-accounts";
import { INGEST_JOBS, type IngestJob } from "@/lib/ingest/ingest-jobs";
import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";
import { sweepWebhookEvents } from "@/lib/ingest/sweep-webhook-events";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";

const MODE: Record<IngestJob, "sync" | "backfill" | "reviews"> = { pollWildberries: "sync", backfillWebhookMarketplaces: "backfill", syncReviews: "reviews" };
const IDS: Record<IngestJob, string> = { pollWildberries: "poll-wildberries", backfillWebhookMarketplaces: "backfill-webhook-marketplaces", syncReviews: "sync-reviews" };

// A cron per job fans out one event per due account; the per-account function does the work.
function fanOut(job: IngestJob) {
  const spec = INGEST_JOBS[job];
  return inngest.createFunction({ id: IDS[job], triggers: [cron(spec.cron)] }, async ({ step }) => {
    const accountIds = await step.run("due-accounts", () => dueAccounts({ marketplaces: [...spec.marketplaces] }));
    if (accountIds.length) await step.sendEvent("fan-out", accountIds.map((accountId) => accountSyncRequested.create({ accountId, mode: MODE[job] })));
    return { accounts: accountIds.length };
  });
}

export const pollWildberries = fanOut("pollWildberries");
export const backfillWebhookMarketplaces = fanOut("backfillWebhookMarketplaces");
export const syncReviewsCron = fanOut("syncReviews");

/** One account at a time: a poll never overlaps itself, so cursors advance in order. */
export const syncAccountFn = inngest.createFunction(
  { id: "sync-account", triggers: [accountSyncRequested], concurrency: { key: "event.data.accountId", limit: 1 } },
  async ({ event, step }) => {
    const { accountId, mode } = event.data;
    return step.run(mode, () => (mode === "reviews" ? syncReviews({ accountId }) : syncAccount({ accountId, mode })));
  },
);

export const processWebhookEventsFn = inngest.createFunction({ id: "process-webhook-events", triggers: [webhookReceived] }, async ({ event, step }) =>
  step.run("process", () => processWebhookEvents({ eventIds: event.data.eventIds })),
);

export const sweepWebhookEventsCron = inngest.createFunction({ id: "sweep-webhook-events", triggers: [cron("* * * * *")] }, async ({ step }) =>
  step.run("sweep", () => sweepWebhookEvents()),
);
