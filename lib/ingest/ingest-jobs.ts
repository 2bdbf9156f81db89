import { claimPollAccounts } from "@/lib/ingest/claim-poll-accounts";
import { dueAccounts } from "@/lib/ingest/due-accounts";
import { runForAccounts } from "@/lib/ingest/run-for-accounts";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { marketplacesWhere } from "@/lib/marketplaces/registry";

// The recurring ingestion work of the job list (lib/job-list.ts): on Inngest a cron fans out one
// event per due account (inngest/functions/jobs.ts); in-process, runIngestJob visits them here.
// Which marketplaces each job covers follows from their descriptors' capabilities.
const POLLED = marketplacesWhere((d) => d.capabilities.inboundChats && !d.capabilities.webhooks);
const PUSHING = marketplacesWhere((d) => d.capabilities.webhooks);
const WITH_REVIEWS = marketplacesWhere((d) => d.capabilities.reviews || d.capabilities.questions);

type JobSpec = {
  everyMs: number;
  /** The per-account event's mode on Inngest (inbox/account.sync.requested). */
  mode: "sync" | "backfill" | "reviews";
  /** In-process: each account is claimed until its next poll (adaptive), so every instance may run the job. */
  claimsAccounts?: true;
  marketplaces: readonly Marketplace[];
  run: (accountId: string) => Promise<unknown>;
};

export const INGEST_JOBS: Record<"pollWildberries" | "backfillWebhookMarketplaces" | "syncReviews", JobSpec> = {
  /**
   * Marketplaces without webhooks (Wildberries): each account's events every 3 s to a minute, by how
   * recently it had messages (lib/ingest/poll-interval.ts); on Inngest, every minute.
   */
  pollWildberries: {
    everyMs: 3_000,
    mode: "sync",
    claimsAccounts: true,
    marketplaces: POLLED,
    run: (accountId: string) => syncAccount({ accountId }),
  },
  /** Catch anything a webhook missed, without duplicates. */
  backfillWebhookMarketplaces: {
    everyMs: 10 * 60_000,
    mode: "backfill",
    marketplaces: PUSHING,
    run: (accountId: string) => syncAccount({ accountId, mode: "backfill" }),
  },
  /** Product questions and reviews, unanswered first. */
  syncReviews: {
    everyMs: 5 * 60_000,
    mode: "reviews",
    marketplaces: WITH_REVIEWS,
    run: (accountId: string) => syncReviews({ accountId }),
  },
};

export type IngestJob = keyof typeof INGEST_JOBS;

export async function runIngestJob({ job }: { job: IngestJob }) {
  const spec = INGEST_JOBS[job];
  // Polls claim their accounts (every worker polls, none the same account); the others run once per period.
  const accountIds = spec.claimsAccounts
    ? await claimPollAccounts({ marketplaces: [...spec.marketplaces] })
    : await dueAccounts({ marketplaces: [...spec.marketplaces] });
  return runForAccounts({ accountIds, run: spec.run });
}
