import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { bulkJobCreated } from "@/inngest/events";
import { sweepTeamQueues } from "@/lib/assignment/sweep-team-queues";
import { runBulkJob } from "@/lib/bulk/run-bulk-job";

// Thin wrappers. Mirror the in-process schedule (lib/jobs/schedules.ts) and startBulkJob's in-process run.
export const sweepTeamQueuesCron = inngest.createFunction(
  { id: "team-queues-sweep", triggers: [cron("* * * * *")] },
  async ({ step }) => step.run("sweep", () => sweepTeamQueues()),
);

// One run per job at a time; a retried step resumes after the last committed batch.
export const runBulkJobFn = inngest.createFunction(
  { id: "bulk-job-run", triggers: [bulkJobCreated], concurrency: { key: "event.data.jobId", limit: 1 } },
  async ({ event, step }) => step.run("run", () => runBulkJob({ jobId: event.data.jobId })),
);
