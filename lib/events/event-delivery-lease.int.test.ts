import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { defineSubscriber, deliver, subscribe, subscriberById, unsubscribe } from "@/lib/events/bus";
import { sweepEventDeliveries } from "@/lib/events/sweep-event-deliveries";

// A durable delivery whose handler runs longer than its lease: the running one keeps the lease, so the
// sweep (another instance, the next minute) never takes it and runs it a second time.

let db: TestDatabase;
const runs: string[] = [];
let release = () => {};

beforeAll(async () => {
  db = await createTestDatabase();
  subscribe([
    defineSubscriber({
      id: "test.slow-durable",
      event: "inbox/chats.closed",
      phase: "after-commit",
      retry: "durable",
      handle: async ({ chatIds }) => {
        runs.push(chatIds.join(","));
        // The first run is the slow one; a second run (the bug) returns at once.
        if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
      },
    }),
  ]);
});
afterAll(async () => {
  unsubscribe(["test.slow-durable"]);
  await db.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a long durable delivery", () => {
  it("keeps its lease while it runs, and is gone once it succeeds", async () => {
    const leaseMs = 1_500;
    const row = await db.prisma.eventDelivery.create({
      data: {
        subscriber: "test.slow-durable",
        payload: { chatIds: ["slow-1"] },
        nextAttemptAt: new Date(Date.now() + leaseMs),
      },
    });
    const subscriber = subscriberById("test.slow-durable")!;
    const running = deliver({ subscriber, data: { chatIds: ["slow-1"] }, deliveryId: row.id, leaseMs });
    // Twice the lease later, still running: the sweep finds nothing due.
    await sleep(2 * leaseMs);
    expect(await sweepEventDeliveries({ leaseMs })).toEqual({ claimed: 0, delivered: 0 });
    expect(runs).toEqual(["slow-1"]);
    release();
    expect(await running).toBe(true);
    expect(await db.prisma.eventDelivery.count({ where: { id: row.id } })).toBe(0);
  });
});
