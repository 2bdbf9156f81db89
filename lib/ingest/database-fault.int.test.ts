import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { receiveWebhook } from "@/lib/ingest/receive-webhook";
import { sweepWebhookEvents } from "@/lib/ingest/sweep-webhook-events";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
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
  await sim.close();
  await db.cleanup();
});

describe("a database error during processing", () => {
  it("is retried until the message is stored exactly once", async () => {
    const { workspace } = await createWorkspaceFixture({ name: "DbFault", chats: 0 });
    await createSimAccount({ workspaceId: workspace.id, sim, marketplace: "ozon", webhookSecret: "ozon-db-fault-secret-123" });
    const { chatId } = await sim.control.injectBuyerMessage({ marketplace: "ozon", text: "первое" });
    const push = {
      message_type: "TYPE_NEW_MESSAGE",
      chat_id: chatId,
      chat_type: "Buyer_Seller",
      message_id: "3000000000817031942",
      created_at: new Date().toISOString(),
      user: { id: "115568", type: "Customer" },
      data: ["Где посылка?"],
      seller_id: "7",
    };
    failures.remaining = 2;
    const reply = await receiveWebhook({ source: "ozon", secret: "ozon-db-fault-secret-123", body: JSON.stringify(push) });
    expect(reply?.status).toBe(200);
    // The in-process run happens after the answer; let it fail.
    await vi.waitFor(async () => expect((await db.prisma.webhookEvent.findFirstOrThrow()).lastError).toContain("connection terminated"));
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
