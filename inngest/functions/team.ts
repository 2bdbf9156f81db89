import { inngest } from "@/inngest/client";
import { bulkJobCreated } from "@/inngest/events";
import { runBulkJob } from "@/lib/bulk/run-bulk-job";

// Thin wrapper of startBulkJob's background run; the team-queues-sweep job (lib/job-list.ts) resumes
// what a crash left. One run per job at a time; a retried step resumes after the last committed batch.
export const runBulkJobFn = inngest.createFunction(
  { id: "bulk-job-run", triggers: [bulkJobCreated], concurrency: { key: "event.data.jobId", limit: 1 } },
  async ({ event, step }) => step.run("run", () => runBulkJob({ jobId: event.data.jobId })),
);
