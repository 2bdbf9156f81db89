import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftOffline } from "@/lib/ai/offline-drafter";
import { buildDraftContext } from "@/lib/inbox/build-draft-context";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// What a draft may say about the order: its number as the buyer knows it, never the chat's marketplace
// state (a code such as OPENED) nor an internal id (Wildberries' rid hash) passed off as «заказ №».

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.cleanup();
});

async function chatWithOrder(orderId: string) {
  const w = await createWorkspaceFixture({ name: `Drafts ${orderId.slice(0, 6)}`, chats: 0 });
  const chat = await db.prisma.chat.create({
    data: {
      workspaceId: w.workspace.id,
      accountId: w.account.id,
      marketplace: "wildberries",
      externalId: `draft-${orderId}`,
      orderId,
      contextType: "ORDER",
      marketplaceStatus: "OPENED",
      customerName: "Ирина",
      lastMessageAt: new Date(),
      messages: {
        create: [{ author: "BUYER", text: "Здравствуйте! Где мой заказ? Жду уже неделю.", createdAt: new Date() }],
      },
    },
  });
  return { workspaceId: w.workspace.id, chatId: chat.id };
}

describe("the draft's order context", () => {
  it("carries a real order number, and no marketplace state code", async () => {
    const { context } = await buildDraftContext(await chatWithOrder("401581255"));
    expect(context.order).toEqual({ number: "401581255" });
    const text = draftOffline({ context }).text;
    expect(text).toContain("заказ № 401581255");
    expect(text).not.toMatch(/OPENED|статус —/);
  });

  it("never calls an internal hash «заказ №»", async () => {
    const rid = "9f86d081884c7d659a2feaa0c55ad015";
    const { context } = await buildDraftContext(await chatWithOrder(rid));
    expect(context.order?.number).toBeUndefined();
    const text = draftOffline({ context }).text;
    expect(text).not.toContain(rid);
    expect(text).not.toMatch(/заказ №|OPENED/);
  });
});

describe("the draft's review", () => {
  it("reads the review's text, pros and cons as the buyer's words, with no labels", async () => {
    const w = await createWorkspaceFixture({ name: "Drafts review", chats: 0 });
    const chat = await db.prisma.chat.create({
      data: {
        workspaceId: w.workspace.id,
        accountId: w.account.id,
        marketplace: "wildberries",
        kind: "REVIEW",
        externalId: "draft-review",
        rating: 2,
        lastMessageAt: new Date(),
        messages: {
          create: [
            { author: "BUYER", text: "", reviewPros: "Цена", reviewCons: "Шов разошёлся", createdAt: new Date() },
          ],
        },
      },
    });
    const { context } = await buildDraftContext({ workspaceId: w.workspace.id, chatId: chat.id });
    expect(context.messages.map((m) => m.text)).toEqual(["Цена\nШов разошёлся"]);
  });
});
