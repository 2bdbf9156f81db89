import { after } from "next/server";
import { inngest } from "@/inngest/client";
import { env } from "@/lib/env";
import type { Pickup } from "@/lib/jobs/pickups";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import { inngestEnabled } from "@/lib/jobs/inngest-enabled";
import { logger } from "@/lib/log";

const log = logger("jobs");

/**
 * Hands work off after a request is answered. With Inngest configured the event goes to Inngest
 * (whose function calls the same service); otherwise `runInProcess` runs after the response is sent,
 * except in the web role for work a worker picks up from its table (`workerPicksUp`: stored pushes,
 * review requests), where the wake-up names the pickup that takes it. Either way the caller has
 * already stored what the work needs, and a sweep retries anything that did not finish, so a crash
 * here loses nothing.
 */
export async function dispatchEvent({
  name,
  data,
  runInProcess,
  workerPicksUp,
}: {
  name: string;
  data: Record<string, unknown>;
  runInProcess: () => Promise<unknown>;
  /** The worker's pickup job that takes this work from its table. */
  workerPicksUp?: Pickup;
}) {
  if (inngestEnabled()) {
    await inngest.send({ name, data });
    return;
  }
  if (workerPicksUp && env().APP_ROLE === "web") {
    // The workers' pickups run every second or two; a wake-up starts one now. Not awaited: the
    // acknowledgement does not wait for it (a lost one costs only that wait).
    void wakeWorkers({ pickup: workerPicksUp });
    return;
  }
  const run = () =>
    runInProcess().catch((error) =>
      log.error("in-process job failed", { name, error: error instanceof Error ? error.message : String(error) }),
    );
  try {
    after(run);
  } catch {
    // Outside a request (scripts, tests, the scheduler): run now, without blocking the caller.
    void run();
  }
}
