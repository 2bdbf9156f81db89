import { afterEach, describe, expect, it, vi } from "vitest";

// A backlog that never runs dry while pushes arrive: every batch is full.
const calls = vi.hoisted(() => ({
  limits: [] as { at: number; limit: number }[],
  backlog: 0,
  kind: "pglite" as "pglite" | "postgres",
  delayMs: 0,
}));
vi.mock("@/lib/db", () => ({ database: () => ({ kind: calls.kind }) }));
vi.mock("@/lib/ingest/process-webhook-event", () => ({
  processWebhookEvents: async ({ limit }: { limit: number }) => {
    calls.limits.push({ at: Date.now(), limit });
    const claimed = Math.min(limit, calls.backlog);
    calls.backlog -= claimed;
    // The batch's work after its claim (fetching, storing): an event committed meanwhile is not in it.
    if (calls.delayMs) await new Promise((resolve) => setTimeout(resolve, calls.delayMs));
    return { claimed, processed: claimed, failed: 0 };
  },
}));

const { requestWebhookDrain } = await import("@/lib/ingest/drain-webhook-events");

afterEach(() => {
  vi.useRealTimers();
  calls.kind = "pglite";
  calls.delayMs = 0;
});

describe("requestWebhookDrain", () => {
  it("on PGlite takes full batches during a burst with a pause between them, and empties the backlog after it", async () => {
    vi.useFakeTimers();
    calls.limits = [];
    calls.backlog = 100_000;
    let done: Promise<void> | undefined;
    // Pushes every 50 ms for 5 s.
    for (let ms = 0; ms < 5_000; ms += 50) {
      done = requestWebhookDrain();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(calls.limits.every((c) => c.limit === 50)).toBe(true);
    // The acknowledgements' turn between batches.
    expect(calls.limits.slice(1).every((c, i) => c.at - calls.limits[i]!.at >= 50)).toBe(true);
    // The burst is over: the rest goes in full batches, without pauses, until nothing is left.
    calls.backlog = 120;
    const after = calls.limits.length;
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(calls.backlog).toBe(0);
    expect(calls.limits.length - after).toBe(3);
  });

  it("on PGlite keeps up with 100 pushes a second: the backlog stays within a round's arrivals", async () => {
    vi.useFakeTimers();
    calls.limits = [];
    calls.backlog = 0;
    calls.delayMs = 30; // each batch's own work
    let done: Promise<void> | undefined;
    let most = 0;
    for (let ms = 0; ms < 10_000; ms += 10) {
      calls.backlog += 1;
      most = Math.max(most, calls.backlog);
      done = requestWebhookDrain();
      await vi.advanceTimersByTimeAsync(10);
    }
    // A round is a batch's work and the pause: about eight arrivals, never a growing queue.
    expect(most).toBeLessThan(20);
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(calls.backlog).toBe(0);
  });

  it("shares one drain between the requests of a burst", async () => {
    vi.useFakeTimers();
    calls.limits = [];
    calls.backlog = 3;
    const a = requestWebhookDrain();
    const b = requestWebhookDrain();
    expect(a).toBe(b);
    await vi.advanceTimersByTimeAsync(1_000);
    await a;
    expect(calls.backlog).toBe(0);
  });

  it("on PostgreSQL takes full batches at once during a burst (acknowledgements have connections of their own)", async () => {
    vi.useFakeTimers();
    calls.kind = "postgres";
    calls.limits = [];
    calls.backlog = 100_000;
    const t0 = Date.now();
    let done: Promise<void> | undefined;
    for (let ms = 0; ms < 2_000; ms += 50) {
      done = requestWebhookDrain();
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(calls.limits[0]!.at - t0).toBeLessThan(50);
    expect(calls.limits.every((c) => c.limit === 50)).toBe(true);
    calls.backlog = 0;
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
  });

  it.each(["postgres", "pglite"] as const)(
    "%s: an event stored while the last batch is still being processed is not left behind",
    async (kind) => {
      vi.useFakeTimers();
      calls.kind = kind;
      calls.limits = [];
      calls.backlog = 1;
      calls.delayMs = 2_000; // a slow batch: a busy machine, a slow marketplace read
      const first = requestWebhookDrain();
      await vi.advanceTimersByTimeAsync(300); // the drain has claimed the one event and is processing it
      expect(calls.backlog).toBe(0);
      calls.backlog = 1; // the next push is stored...
      const second = requestWebhookDrain(); // ...and asks for a drain while the running one is busy
      await vi.advanceTimersByTimeAsync(10_000);
      await Promise.all([first, second]);
      expect(calls.backlog).toBe(0);
    },
  );
});
