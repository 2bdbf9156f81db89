import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as chatRoute from "@/app/api/chats/[id]/route";
import { draftOffline } from "@/lib/ai/offline-drafter";
import { buildDraftContext } from "@/lib/inbox/build-draft-context";
import { createSimAccount } from "@/lib/inbox/testing/sim-chat";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Amazon states the buyer's language per order (GetAttributes buyer.locale): the thread shows it and the
// draft is written for it. Over real HTTP against the simulator.

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  a = await createWorkspaceFixture({ name: "Fashion House", chats: 0 });
});
afterAll(async () => {
  await sim.close();
  await db.cleanup();
});

async function amazonChat(orderId: string) {
  const account = await createSimAccount({ sim, workspaceId: a.workspace.id, marketplace: "amazon" });
  const at = new Date(Date.now() - 60_000);
  return db.prisma.chat.create({
    data: {
      workspaceId: a.workspace.id,
      accountId: account.id,
      marketplace: "amazon",
      externalId: orderId,
      orderId,
      contextType: "ORDER",
      customerName: "Amazon buyer",
      lastMessageAt: at,
      messages: { create: [{ author: "BUYER", text: "Где мой заказ?", createdAt: at }] },
    },
  });
}

const attributeCalls = (orderId: string) =>
  sim.control.requests().filter((r) => r.path === `/amazon/messaging/v1/orders/${orderId}/attributes`).length;

describe("Amazon buyer language", () => {
  it("the thread carries the buyer's locale, read once from GetAttributes and kept on the chat", async () => {
    sim.control.setAmazonOrderTypes({
      orderId: "302-1111111-2222222",
      types: ["confirmOrderDetails"],
      locale: "de-DE",
    });
    const chat = await amazonChat("302-1111111-2222222");
    const res = await callRoute(chatRoute.GET, { params: { id: chat.id }, userId: a.operator.id });
    expect(res.status).toBe(200);
    expect(res.json.buyerLocale).toBe("de-DE");
    expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: chat.id } })).buyerLocale).toBe("de-DE");
    expect(attributeCalls("302-1111111-2222222")).toBe(1);
    expect((await callRoute(chatRoute.GET, { params: { id: chat.id }, userId: a.operator.id })).json.buyerLocale).toBe(
      "de-DE",
    );
    expect(attributeCalls("302-1111111-2222222")).toBe(1);
  });

  it("the draft context has the language, so the offline draft is in English, not Russian, for a German buyer", async () => {
    sim.control.setAmazonOrderTypes({
      orderId: "302-3333333-4444444",
      types: ["confirmOrderDetails"],
      locale: "de-DE",
    });
    const chat = await amazonChat("302-3333333-4444444");
    const { context } = await buildDraftContext({ workspaceId: a.workspace.id, chatId: chat.id });
    expect(context.buyerLocale).toBe("de-DE");
    expect(draftOffline({ context }).text).toMatch(/^Hello/);
  });

  it("a chat on a marketplace that states no language has none, and asks nobody", async () => {
    sim.control.clearRequests();
    const fx = await createWorkspaceFixture({ name: "Other", chats: 1 });
    const chat = await db.prisma.chat.findFirstOrThrow({ where: { workspaceId: fx.workspace.id } });
    const res = await callRoute(chatRoute.GET, { params: { id: chat.id }, userId: fx.operator.id });
    expect(res.status).toBe(200);
    expect(res.json.buyerLocale).toBeNull();
    expect(sim.control.requests()).toHaveLength(0);
  });
});
