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
      schedules: [
        {
          id: "flaky",
          everyMs: 100,
          run: async () => {
            calls += 1;
            if (calls === 1) throw new Error("boom");
          },
        },
      ],
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toBe(3);
    await scheduler.stop();
  });

  it("staggers the first runs of the schedules", async () => {
    vi.useFakeTimers();
    const started: [string, number][] = [];
    const t0 = Date.now();
    const job = (id: string) => ({ id, everyMs: 60_000, run: async () => void started.push([id, Date.now() - t0]) });
    const scheduler = startInProcessScheduler({
      startDelayMs: 1_000,
      staggerMs: 5_000,
      schedules: [job("a"), job("b"), job("c")],
    });
    await vi.advanceTimersByTimeAsync(11_000);
    expect(started).toEqual([
      ["a", 1_000],
      ["b", 6_000],
      ["c", 11_000],
    ]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started.slice(3)).toEqual([
      ["a", 61_000],
      ["b", 66_000],
      ["c", 71_000],
    ]);
    await scheduler.stop();
  });

  it("runs a schedule now when woken, and once more after a run the wake-up came during", async () => {
    vi.useFakeTimers();
    let calls = 0;
    let release: () => void = () => {};
    const scheduler = startInProcessScheduler({
      startDelayMs: 0,
      schedules: [
        { id: "pickup", everyMs: 60_000, run: () => ((calls += 1), new Promise<void>((r) => (release = r))) },
      ],
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    scheduler.runNow("pickup"); // during the run: remembered
    scheduler.runNow("pickup"); // and coalesced
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    scheduler.runNow("pickup"); // idle: at once, long before its interval
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(3);
    release();
    await scheduler.stop();
  });
});
