import { describe, expect, it, vi } from "vitest";

const sent = vi.hoisted(() => ({ queries: 0, release: [] as (() => void)[] }));
vi.mock("@/lib/db", () => ({
  database: () => ({
    streamChannel: "agentiq_stream",
    query: () => {
      sent.queries += 1;
      return new Promise<unknown[]>((resolve) => sent.release.push(() => resolve([])));
    },
  }),
}));

const { wakeWorkers } = await import("@/lib/jobs/wake-workers");

describe("wakeWorkers", () => {
  it("sends one NOTIFY at a time: the wake-ups asked for while one is in flight become one more after it", async () => {
    const first = wakeWorkers();
    for (let i = 0; i < 5; i++) void wakeWorkers();
    expect(sent.queries).toBe(1);
    sent.release.shift()!();
    await vi.waitFor(() => expect(sent.queries).toBe(2));
    sent.release.shift()!();
    await first;
    expect(sent.queries).toBe(2);
    // Idle again: the next wake-up is sent at once.
    void wakeWorkers();
    expect(sent.queries).toBe(3);
    sent.release.shift()!();
  });
});
