import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { accountSyncRequested } from "@/inngest/events";
import { dueAccounts } from "@/lib/ingest/due-accounts";
import { INGEST_JOBS, type IngestJob } from "@/lib/ingest/ingest-jobs";
import { JOBS } from "@/lib/job-list";
import { cronFor, type Job } from "@/lib/jobs/job";

// An Inngest cron for each scheduled job of lib/job-list.ts (the pickups are event-driven there).
function jobFunction(job: Job<IngestJob>) {
  const triggers = [cron(cronFor(job.everyMs))];
  if (!job.fanOut)
    return inngest.createFunction({ id: job.id, triggers }, async ({ step }) => step.run("run", () => job.run()));
  // Ingestion: one event per due account; the per-account function (sync-account) does the work.
  const spec = INGEST_JOBS[job.fanOut];
  return inngest.createFunction({ id: job.id, triggers }, async ({ step }) => {
    const accountIds = await step.run("due-accounts", () => dueAccounts({ marketplaces: [...spec.marketplaces] }));
    if (accountIds.length)
      await step.sendEvent(
        "fan-out",
        accountIds.map((accountId) => accountSyncRequested.create({ accountId, mode: spec.mode })),
      );
    return { accounts: accountIds.length };
  });
}

export const jobFunctions = JOBS.filter((job) => !job.pickup).map(jobFunction);

/** The cron function of a job, by its id. */
export function jobFunctionById(id: string) {
  const fn = jobFunctions.find((f) => f.opts.id === id);
  if (!fn) throw new Error(`no job function ${id}`);
  return fn;
}
