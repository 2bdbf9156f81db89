import { env } from "@/lib/env";
import { startInProcessScheduler, type Schedule } from "@/lib/jobs/in-process-scheduler";
import { inngestEnabled } from "@/lib/jobs/inngest-enabled";
import { runOncePerPeriod } from "@/lib/jobs/job-runs";
import type { Job } from "@/lib/jobs/job";
import { logger } from "@/lib/log";
import { onShutdown } from "@/lib/server/shutdown-hooks";
import { listenForWakeUps } from "@/lib/jobs/wake-workers";

const log = logger("jobs");

/** The in-process schedule of a role: scheduled jobs once per period across instances, pickups on every worker. */
export function inProcessSchedules({ role, jobs }: { role: "worker" | "all"; jobs: Job[] }): Schedule[] {
  const straight = jobs.filter((j) => (j.pickup && role === "worker") || j.everyInstance);
  const scheduled = jobs.filter((j) => !j.pickup && !j.everyInstance);
  return [
    // These first: they start within seconds, while the minute jobs are staggered after them.
    ...straight.map((j) => ({ id: j.id, everyMs: j.everyMs, run: j.run })),
    ...scheduled.map((j) => ({
      id: j.id,
      everyMs: j.everyMs,
      run: () => runOncePerPeriod({ job: j.id, everyMs: j.everyMs, run: j.run }),
    })),
  ];
}

/**
 * Starts the background work of this process's role (APP_ROLE): none in the web role, the job list
 * (lib/job-list.ts) in the worker and all-in-one roles, or nothing here when Inngest runs the jobs.
 */
export function startBackgroundWork({ jobs }: { jobs: Job[] }): void {
  const role = env().APP_ROLE;
  if (role === "web") {
    log.info("web role: background work is left to the worker role");
    return;
  }
  if (inngestEnabled()) {
    log.info("background work runs on Inngest", { role });
    return;
  }
  const schedules = inProcessSchedules({ role, jobs });
  const scheduler = startInProcessScheduler({ schedules });
  if (role === "worker") {
    const pickups = jobs.filter((j) => j.pickup).map((j) => j.id);
    listenForWakeUps((pickup) =>
      (pickup && pickups.includes(pickup) ? [pickup] : pickups).forEach((id) => scheduler.runNow(id)),
    );
  }
  // On SIGTERM (server.mjs): no new runs, and the ones under way finish before the database closes.
  onShutdown({ name: "background jobs", run: () => scheduler.stop() });
  log.info("background work runs in-process", { role, schedules: schedules.map((s) => s.id) });
}
