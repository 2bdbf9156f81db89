import { afterEach, describe, expect, it, vi } from "vitest";
import { inProcessSchedules } from "@/lib/jobs/start-background-work";
import type { Job } from "@/lib/jobs/job";

const runOncePerPeriod = vi.hoisted(() => vi.fn(async ({ run }: { run: () => Promise<unknown> }) => run()));
vi.mock("@/lib/jobs/job-runs", () => ({ runOncePerPeriod }));

afterEach(() => runOncePerPeriod.mockClear());

const calls: string[] = [];
const job = (id: string, extra: Partial<Job> = {}): Job => ({
  id,
  everyMs: 60_000,
  run: async () => void calls.push(id),
  ...extra,
});
const jobs = [
  job("sweep"),
  job("pickup", { everyMs: 1_000, pickup: true }),
  job("poll", { everyMs: 3_000, everyInstance: true }),
  job("hourly", { everyMs: 3_600_000 }),
];

describe("inProcessSchedules", () => {
  it("the all-in-one process runs the scheduled jobs, each through the once-per-period ledger", async () => {
    const schedules = inProcessSchedules({ role: "all", jobs });
    expect(schedules.map((s) => [s.id, s.everyMs])).toEqual([
      ["poll", 3_000],
      ["sweep", 60_000],
      ["hourly", 3_600_000],
    ]);
    await schedules[2]!.run();
    expect(runOncePerPeriod).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ job: "hourly", everyMs: 3_600_000 }),
    );
    expect(calls).toEqual(["hourly"]);
    // A job that claims what it works on runs on every instance, outside the ledger.
    await schedules[0]!.run();
    expect(runOncePerPeriod).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(["hourly", "poll"]);
  });

  it("a worker also runs the pickups, first, and straight (every worker takes rows of its own)", async () => {
    const schedules = inProcessSchedules({ role: "worker", jobs });
    expect(schedules.map((s) => s.id)).toEqual(["pickup", "poll", "sweep", "hourly"]);
    calls.length = 0;
    await schedules[0]!.run();
    expect(calls).toEqual(["pickup"]);
    expect(runOncePerPeriod).not.toHaveBeenCalled();
  });
});
