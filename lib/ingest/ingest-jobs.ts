import { dueAccounts } from "@/lib/ingest/due-accounts";
import { runForAccounts } from "@/lib/ingest/run-for-accounts";
import { syncAccount } from "@/lib/ingest/sync-account";
import { syncReviews } from "@/lib/ingest/sync-reviews";

// The recurring ingestion work, shared by the Inngest crons (inngest/functions/) and the in-process
// schedule of the embedded default (lib/jobs/schedules.ts).
export const WEBHOOK_MARKETPLACES = ["YANDEX_MARKET", "AVITO", "OZON"] as const;

type JobSpec = {
  everyMs: number;
  cron: string;
  marketplaces: readonly ("WILDBERRIES" | "OZON" | "YANDEX_MARKET" | "AVITO" | "AMAZON")[];
  run: (accountId: string) => Promise<unknown>;
};

export const INGEST_JOBS: Record<"pollWildberries" | "backfillWebhookMarketplaces" | "syncReviews", JobSpec> = {
  /** Wildberries has no webhooks: poll its events every minute. */
  pollWildberries: { everyMs: 60_000, cron: "* * * * *", marketplaces: ["WILDBERRIES"], run: (accountId: string) => syncAccount({ accountId }) },
  /** Catch anything a webhook missed, without duplicates. */
  backfillWebhookMarketplaces: { everyMs: 10 * 60_000, cron: "*/10 * * * *", marketplaces: WEBHOOK_MARKETPLACES, run: (accountId: string) => syncAccount({ accountId, mode: "backfill" }) },
  /** Product questions and reviews, unanswered first. */
  syncReviews: { everyMs: 5 * 60_000, cron: "*/5 * * * *", marketplaces: ["WILDBERRIES", "YANDEX_MARKET"], run: (accountId: string) => syncReviews({ accountId }) },
};

export type IngestJob = keyof typeof INGEST_JOBS;

export async function runIngestJob({ job }: { job: IngestJob }) {
  const spec = INGEST_JOBS[job];
  const accountIds = await dueAccounts({ marketplaces: [...spec.marketplaces] });
  return runForAccounts({ accountIds, run: spec.run });
}

