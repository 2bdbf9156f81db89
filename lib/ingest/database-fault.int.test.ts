import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { receiveWebhook } from "@/lib/ingest/receive-webhook";
import { storeWebhookEvents } from "@/lib/ingest/store-webhook-events";
import { sweepWebhookEvents } from "@/lib/ingest/sweep-webhook-events";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { ozonBuyerPush } from "@/lib/test/ozon-push";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The database fails while a stored push is being processed: the event stays unprocessed with the
// error, and the sweep stores its message exactly once afterwards.
const failures = vi.hoisted(() => ({ remaining: 0 }));
vi.mock("@/lib/ingest/upsert-conversations", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/ingest/upsert-conversations")>();
  return {
    ...original,
    upsertConversations: async (...args: Parameters<typeof original.upsertConversations>) => {
      if (failures.remaining > 0) {
        failures.remaining -= 1;
        throw new Error("connection terminated unexpectedly");
      }
      return original.upsertConversations(...args);
    },
  };
});

let db: TestDatabase;
let sim: Simulator;
beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
});
afterAll(async () => {
  await settleWebhookDrain(); // processing after the answers still needs the simulator
  await sim.close();
  await db.cleanup();
});

describe("a database error during processing", () => {
  it("is retried until the message is stored exactly once", async () => {
    const { workspace } = await createWorkspaceFixture({ name: "DbFault", chats: 0 });
    await createSimAccount({
      workspaceId: workspace.id,
      sim,
      marketplace: "ozon",
      webhookSecret: "ozon-db-fault-secret-123",
    });
    const { chatId } = await sim.control.injectBuyerMessage({ marketplace: "ozon", text: "первое" });
    const push = ozonBuyerPush({ chatId, messageId: "3000000000817031942", text: "Где посылка?" });
    failures.remaining = 2;
    const reply = await receiveWebhook({
      source: "ozon",
      secret: "ozon-db-fault-secret-123",
      body: JSON.stringify(push),
    });
    expect(reply?.status).toBe(200);
    // The in-process run happens after the answer; let it fail.
    await vi.waitFor(
      async () =>
        expect((await db.prisma.webhookEvent.findFirstOrThrow()).lastError).toContain("connection terminated"),
      { timeout: 15_000, interval: 50 },
    );
    expect(await db.prisma.message.count({ where: { text: "Где посылка?" } })).toBe(0);

    const later = (ms: number) => new Date(Date.now() + ms);
    expect((await sweepWebhookEvents({ now: later(3_600_000) })).failed).toBe(1); // second failure
    expect((await sweepWebhookEvents({ now: later(3 * 3_600_000) })).processed).toBe(1);
    expect(await sweepWebhookEvents({ now: later(5 * 3_600_000) })).toMatchObject({ due: 0 });
    expect(await db.prisma.message.count({ where: { text: "Где посылка?" } })).toBe(1);
    const event = await db.prisma.webhookEvent.findFirstOrThrow();
    expect(event.attempts).toBe(3);
    expect(event.processedAt).not.toBeNull();
  });
});

describe("a crash between acknowledgement and processing", () => {
  it("leaves a fresh event to the after-response run for a minute, then the sweep stores it once", async () => {
    const { workspace } = await createWorkspaceFixture({ name: "Crash", chats: 0 });
    const account = await createSimAccount({
      workspaceId: workspace.id,
      sim,
      marketplace: "ozon",
      webhookSecret: "ozon-crash-secret-12345",
    });
    const { chatId } = await sim.control.injectBuyerMessage({ marketplace: "ozon", text: "до сбоя" });
    const body = JSON.stringify(ozonBuyerPush({ chatId, messageId: "3000000000817039999", text: "После сбоя" }));
    // Stored and acknowledged, but the process died before its after-response run.
    const [eventId] = await storeWebhookEvents({
      rows: [
        {
          accountId: account.id,
          dedupKey: `message:${chatId}:3000000000817039999`,
          eventType: "message.created",
          body,
        },
      ],
    });
    expect(eventId).toBeTruthy();
    expect((await sweepWebhookEvents({ now: new Date(Date.now() + 30_000) })).due).toBe(0);
    expect((await db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: eventId! } })).attempts).toBe(0);
    expect((await sweepWebhookEvents({ now: new Date(Date.now() + 61_000) })).processed).toBe(1);
    expect(await db.prisma.message.count({ where: { text: "После сбоя" } })).toBe(1);
    expect(await sweepWebhookEvents({ now: new Date(Date.now() + 120_000) })).toMatchObject({ due: 0 });
  });
});
