import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { defineSubscriber, subscribe, unsubscribe, withDomainEvents } from "@/lib/events/bus";
import { storeDelivery } from "@/lib/events/event-deliveries";
import { sweepEventDeliveries } from "@/lib/events/sweep-event-deliveries";

// The bus's promises: in-transaction subscribers commit or roll back with the change; after-commit ones
// run only after a commit, and a durable one that fails, or never ran (a crash), is retried until it
// succeeds. Test subscribers listen to inbox/chats.closed, on chat ids of their own.

let db: TestDatabase;
let ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const calls: { id: string; chatIds: string[] }[] = [];
let failNext = 0;
const IDS = ["test.in-tx", "test.durable"];

beforeAll(async () => {
  db = await createTestDatabase();
  ws = await createWorkspaceFixture({ name: "Bus", chats: 4 });
  subscribe([
    defineSubscriber({
      id: "test.in-tx",
      event: "inbox/chats.closed",
      phase: "in-transaction",
      handle: async ({ chatIds }, { tx }) => {
        await tx.chat.updateMany({
          where: { id: { in: chatIds } },
          data: { lastMessagePreview: "seen in the transaction" },
        });
        if (chatIds.includes("boom")) throw new Error("in-transaction subscriber failed");
      },
    }),
    defineSubscriber({
      id: "test.durable",
      event: "inbox/chats.closed",
      phase: "after-commit",
      retry: "durable",
      handle: async ({ chatIds }) => {
        calls.push({ id: "test.durable", chatIds });
        if (failNext > 0) {
          failNext -= 1;
          throw new Error("after-commit subscriber failed");
        }
      },
    }),
  ]);
});
afterAll(async () => {
  unsubscribe(IDS);
  await db.cleanup();
});

const close = (chatIds: string[]) =>
  withDomainEvents(async (tx, publish) => {
    await tx.chat.updateMany({ where: { id: { in: chatIds } }, data: { status: "CLOSED" } });
    await publish({ name: "inbox/chats.closed", data: { chatIds } });
  });

describe("domain event bus", () => {
  it("an in-transaction subscriber's failure rolls the change back, and nothing runs after it", async () => {
    const chatId = ws.chatIds[0]!;
    calls.length = 0;
    await expect(close([chatId, "boom"])).rejects.toThrow("in-transaction subscriber failed");
    expect(
      await db.prisma.chat.findUniqueOrThrow({
        where: { id: chatId },
        select: { status: true, lastMessagePreview: true },
      }),
    ).toEqual({ status: "OPEN", lastMessagePreview: "Bus message 0" });
    expect(calls).toEqual([]);
    expect(await db.prisma.eventDelivery.count()).toBe(0);
  });

  it("commits the change with the in-transaction work, then runs the durable subscriber and forgets it", async () => {
    const chatId = ws.chatIds[1]!;
    calls.length = 0;
    await close([chatId]);
    expect(
      await db.prisma.chat.findUniqueOrThrow({
        where: { id: chatId },
        select: { status: true, lastMessagePreview: true },
      }),
    ).toEqual({ status: "CLOSED", lastMessagePreview: "seen in the transaction" });
    expect(calls).toEqual([{ id: "test.durable", chatIds: [chatId] }]);
    expect(await db.prisma.eventDelivery.count()).toBe(0);
  });

  it("a failed durable subscriber keeps its row, backs off, and the sweep runs it again until it succeeds", async () => {
    const chatId = ws.chatIds[2]!;
    calls.length = 0;
    failNext = 2;
    await close([chatId]);
    // The change is committed whatever the subscriber did.
    expect(await db.prisma.chat.findUniqueOrThrow({ where: { id: chatId }, select: { status: true } })).toEqual({
      status: "CLOSED",
    });
    const row = await db.prisma.eventDelivery.findFirstOrThrow({ where: { subscriber: "test.durable" } });
    expect(row).toMatchObject({
      attempts: 1,
      lastError: "after-commit subscriber failed",
      payload: { chatIds: [chatId] },
    });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: the sweep leaves it.
    expect(await sweepEventDeliveries()).toEqual({ claimed: 0, delivered: 0 });
    // Due: fails once more (backed off further), then succeeds and is deleted.
    expect(await sweepEventDeliveries({ now: new Date(row.nextAttemptAt.getTime() + 1) })).toEqual({
      claimed: 1,
      delivered: 0,
    });
    const again = await db.prisma.eventDelivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(again.attempts).toBe(2);
    // 30 s after the first failure, 60 s after the second.
    expect(again.nextAttemptAt.getTime() - row.nextAttemptAt.getTime()).toBe(60_000 + 1);
    expect(await sweepEventDeliveries({ now: new Date(again.nextAttemptAt.getTime() + 1) })).toEqual({
      claimed: 1,
      delivered: 1,
    });
    expect(await db.prisma.eventDelivery.count()).toBe(0);
    expect(calls).toHaveLength(3);
  });

  it("a durable delivery committed but never run (a crash after the commit) is run by the sweep", async () => {
    const chatId = ws.chatIds[3]!;
    calls.length = 0;
    await db.prisma.$transaction((tx) =>
      storeDelivery({ tx, subscriber: "test.durable", payload: { chatIds: [chatId] } }),
    );
    expect(calls).toEqual([]);
    expect(await sweepEventDeliveries({ now: new Date(Date.now() + 10 * 60_000) })).toEqual({
      claimed: 1,
      delivered: 1,
    });
    expect(calls).toEqual([{ id: "test.durable", chatIds: [chatId] }]);
  });
});
