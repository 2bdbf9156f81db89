import { after } from "next/server";
import { inngest } from "@/inngest/client";
import { inngestEnabled } from "@/lib/jobs/inngest-enabled";
import { logger } from "@/lib/log";

const log = logger("jobs");

/**
 * Hands work off after a request is answered. With Inngest configured the event goes to Inngest
 * (whose function calls the same service); otherwise `runInProcess` runs after the response is sent.
 * Either way the caller has already stored what the work needs, and a sweep retries anything that
 * did not finish, so a crash here loses nothing.
 */
export async function dispatchEvent({ name, data, runInProcess }: { name: string; data: Record<string, unknown>; runInProcess: () => Promise<unknown> }) {
  if (inngestEnabled()) {
    await inngest.send({ name, data });
    return;
  }
  const run = () =>
    runInProcess().catch((error) => log.error("in-process job failed", { name, error: error instanceof Error ? error.message : String(error) }));
  try {
    after(run);
  } catch {
    // Outside a request (scripts, tests, the scheduler): run now, without blocking the caller.
    void run();
  }
}
