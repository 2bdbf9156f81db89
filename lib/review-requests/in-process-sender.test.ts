import { afterEach, describe, expect, it, vi } from "vitest";

const calls = vi.hoisted(() => ({ started: [] as string[], inFlight: 0, maxInFlight: 0 }));
vi.mock("@/lib/review-requests/process-review-request", () => ({
  processReviewRequest: async ({ requestId }: { requestId: string }) => {
    calls.started.push(requestId);
    calls.inFlight += 1;
    calls.maxInFlight = Math.max(calls.maxInFlight, calls.inFlight);
    await new Promise((r) => setTimeout(r, 5));
    calls.inFlight -= 1;
    if (requestId === "boom") throw new Error("db down");
    return { outcome: "sent" };
  },
}));

const { noteWebhookActivity, sendInProcess } = await import("@/lib/review-requests/in-process-sender");

afterEach(() => {
  calls.started.length = 0;
  calls.maxInFlight = 0;
});

describe("sendInProcess", () => {
  it("sends one request at a time, in order, each id once, and survives a failing one", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const first = sendInProcess({ requestIds: ["a", "b", "boom"] });
    const second = sendInProcess({ requestIds: ["b", "c"] });
    await Promise.all([first, second]);
    expect(calls.started).toEqual(["a", "b", "boom", "c"]);
    expect(calls.maxInFlight).toBe(1);
  });

  it("waits while webhooks keep arriving, then sends", async () => {
    const started = performance.now();
    const timer = setInterval(noteWebhookActivity, 5);
    noteWebhookActivity();
    const done = sendInProcess({ requestIds: ["x"] });
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.started).toEqual([]);
    clearInterval(timer);
    await done;
    expect(calls.started).toEqual(["x"]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("does not wait forever under steady traffic", async () => {
    const timer = setInterval(noteWebhookActivity, 5);
    const started = performance.now();
    await sendInProcess({ requestIds: ["y"] });
    clearInterval(timer);
    expect(calls.started).toEqual(["y"]);
    expect(performance.now() - started).toBeLessThan(2_500);
  });
});
