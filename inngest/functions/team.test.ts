import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// Thin wrappers: the services are mocked; lib/assignment and lib/bulk integration tests run them for real.
const sweepTeamQueues = vi.hoisted(() => vi.fn(async () => ({ assigned: 3, resumed: 1 })));
const runBulkJob = vi.hoisted(() => vi.fn(async () => ({ processed: 10 })));
vi.mock("@/lib/assignment/sweep-team-queues", () => ({ sweepTeamQueues }));
vi.mock("@/lib/bulk/run-bulk-job", () => ({ runBulkJob }));

const fns = await import("@/inngest/functions/team");

describe("team functions", () => {
  it("sweeps the queues every minute, registered and on the in-process schedule too", async () => {
    expect(fns.sweepTeamQueuesCron.opts.triggers).toEqual([{ cron: "* * * * *" }]);
    const { result } = await new InngestTestEngine({ function: fns.sweepTeamQueuesCron }).execute();
    expect(result).toEqual({ assigned: 3, resumed: 1 });
    const { functions } = await import("@/inngest/functions");
    expect(functions).toContain(fns.sweepTeamQueuesCron);
    expect(functions).toContain(fns.runBulkJobFn);
    const { SCHEDULES } = await import("@/lib/jobs/schedules");
    expect(SCHEDULES.find((s) => s.id === "team-queues-sweep")?.everyMs).toBe(60_000);
  });

  it("runs the bulk job the event names", async () => {
    const { result } = await new InngestTestEngine({ function: fns.runBulkJobFn, events: [{ name: "inbox/bulk-job.created", data: { jobId: "job-1" } }] }).execute();
    expect(result).toEqual({ processed: 10 });
    expect(runBulkJob).toHaveBeenCalledWith({ jobId: "job-1" });
  });
});
