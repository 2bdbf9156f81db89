import { afterEach, describe, expect, it, vi } from "vitest";
import { startInProcessScheduler } from "@/lib/jobs/in-process-scheduler";

afterEach(() => vi.useRealTimers());

describe("startInProcessScheduler", () => {
  it("runs each schedule on its interval and never overlaps a slow run", async () => {
    vi.useFakeTimers();
    let calls = 0;
    let release: () => void = () => {};
    const scheduler = startInProcessScheduler({
      startDelayMs: 0,
      schedules: [{ id: "slow", everyMs: 1_000, run: () => ((calls += 1), new Promise<void>((r) => (release = r))) }],
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(3_000); // still running: ticks are skipped
    expect(calls).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
    release();
    await scheduler.stop();
  });

  it("keeps going after a failing run", async () => {
    vi.useFakeTimers();
    let calls = 0;
    const scheduler = startInProcessScheduler({
      startDelayMs: 0,
      schedules: [{ id: "flaky", everyMs: 100, run: async () => { calls += 1; if (calls === 1) throw new Error("boom"); } }],
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toBe(3);
    await scheduler.stop();
  });
});
