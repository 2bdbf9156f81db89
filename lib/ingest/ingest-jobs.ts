import { dueAccounts } from "@/lib/ingest/due-accounts";
import { runForAccounts } from "@/lib/ingest/run-for-accounts";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import type { DbMarketplace } from "@/lib/marketplaces/marketplace";
import { dbMarketplacesWhere } from "@/lib/marketplaces/registry";

// The recurring ingestion work, shared by the Inngest crons (inngest/functions/) and the in-process
// schedule of the embedded default (lib/jobs/schedules.ts).
// Which marketplaces each job covers follows from their descriptors' capabilities.
const POLLED = dbMarketplacesWhere((d) => d.capabilities.inboundChats && !d.capabilities.webhooks);
const PUSHING = dbMarketplacesWhere((d) => d.capabilities.webhooks);
const WITH_REVIEWS = dbMarketplacesWhere((d) => d.capabilities.reviews || d.capabilities.questions);

type JobSpec = {
  everyMs: number;
  cron: string;
  marketplaces: readonly DbMarketplace[];
  run: (accountId: string) => Promise<unknown>;
};

export const INGEST_JOBS: Record<"pollWildberries" | "backfillWebhookMarketplaces" | "syncReviews", JobSpec> = {
  /** Marketplaces without webhooks (Wildberries): poll their events every minute. */
  pollWildberries: { everyMs: 60_000, cron: "* * * * *", marketplaces: POLLED, run: (accountId: string) => syncAccount({ accountId }) },
  /** Catch anything a webhook missed, without duplicates. */
  backfillWebhookMarketplaces: { everyMs: 10 * 60_000, cron: "*/10 * * * *", marketplaces: PUSHING, run: (accountId: string) => syncAccount({ accountId, mode: "backfill" }) },
  /** Product questions and reviews, unanswered first. */
  syncReviews: { everyMs: 5 * 60_000, cron: "*/5 * * * *", marketplaces: WITH_REVIEWS, run: (accountId: string) => syncReviews({ accountId }) },
};

export type IngestJob = keyof typeof INGEST_JOBS;

export async function runIngestJob({ job }: { job: IngestJob }) {
  const spec = INGEST_JOBS[job];
  const accountIds = await dueAccounts({ marketplaces: [...spec.marketplaces] });
  return runForAccounts({ accountIds, run: spec.run });
}

