import { describe, expect, it, vi } from "vitest";
import { PICKUP } from "@/lib/jobs/pickups";

const sent = vi.hoisted(() => ({
  queries: [] as unknown[][],
  release: [] as (() => void)[],
  listener: null as null | { onNotify: (p: string) => void; onReconnect: () => void },
}));
vi.mock("@/lib/server/shutdown-hooks", () => ({ onShutdown: () => {} }));
vi.mock("@/lib/db", () => ({
  database: () => ({
    streamChannel: "agentiq_stream",
    listen: async (_channel: string, onNotify: (p: string) => void, onReconnect: () => void) => {
      sent.listener = { onNotify, onReconnect };
      return async () => {};
    },
    query: (_sql: string, params: unknown[]) => {
      sent.queries.push(params);
      return new Promise<unknown[]>((resolve) => sent.release.push(() => resolve([])));
    },
  }),
}));

const { listenForWakeUps, wakeWorkers } = await import("@/lib/jobs/wake-workers");
const webhooks = { pickup: PICKUP.webhookEvents };

describe("wakeWorkers", () => {
  it("sends one NOTIFY at a time: the wake-ups asked for while one is in flight become one more after it", async () => {
    const first = wakeWorkers(webhooks);
    for (let i = 0; i < 5; i++) void wakeWorkers(webhooks);
    expect(sent.queries).toHaveLength(1);
    sent.release.shift()!();
    await vi.waitFor(() => expect(sent.queries).toHaveLength(2));
    sent.release.shift()!();
    await first;
    expect(sent.queries).toHaveLength(2);
    // Idle again: the next wake-up is sent at once.
    void wakeWorkers(webhooks);
    expect(sent.queries).toHaveLength(3);
    sent.release.shift()!();
  });

  it("names the pickup that takes the work, and never holds one pickup's wake-up behind another's", async () => {
    sent.queries.length = 0;
    void wakeWorkers(webhooks);
    void wakeWorkers({ pickup: PICKUP.reviewRequests });
    expect(sent.queries).toEqual([
      ["agentiq_stream_wake", PICKUP.webhookEvents],
      ["agentiq_stream_wake", PICKUP.reviewRequests],
    ]);
    sent.release.splice(0).forEach((release) => release());
  });

  it("a worker hears which pickup to run, and all of them after a reconnect or a wake-up naming none", () => {
    const heard: (string | null)[] = [];
    listenForWakeUps((pickup) => heard.push(pickup));
    sent.listener!.onNotify(PICKUP.webhookEvents);
    sent.listener!.onNotify("");
    sent.listener!.onReconnect();
    expect(heard).toEqual([PICKUP.webhookEvents, null, null]);
  });
});
