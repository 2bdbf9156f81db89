import { cron } from "inngest";
import { inngest } from "@/inngest/client";
import { pruneStreamEvents } from "@/lib/stream/prune-stream-events";

// Thin wrapper: the live stream's outbox keeps its retention window. Mirrors the in-process schedule
// in lib/jobs/schedules.ts.
export const pruneStreamEventsCron = inngest.createFunction(
  { id: "stream-events-prune", triggers: [cron("17 * * * *")] },
  async ({ step }) => step.run("prune", () => pruneStreamEvents()),
);
