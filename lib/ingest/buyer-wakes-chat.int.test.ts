import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import type { Message } from "@/lib/marketplaces/schemas";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// A new buyer message wakes its chat: a resolved chat reopens and a snooze ends; a seller's message
// wakes nothing, and a chat the message is not in keeps its state.
let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Wake", chats: 4 });
});
afterAll(() => db.cleanup());

const message = (chatExternalId: string, author: Message["author"], n: number): Message => ({
  externalId: `wake-${chatExternalId}-${n}`,
  chatExternalId,
  author,
  text: `Сообщение ${n}`,
  createdAt: new Date(Date.now() + n * 1000).toISOString(),
  attachments: [],
  isRead: false,
});

describe("upsertConversations on a buyer message", () => {
  it("reopens a resolved chat and ends a snooze, and leaves the chats it did not touch as they were", async () => {
    const later = new Date(Date.now() + 86_400_000);
    const [resolvedSnoozed, snoozed, sellerOnly, untouched] = fx.chatIds as [string, string, string, string];
    await db.prisma.chat.update({ where: { id: resolvedSnoozed }, data: { status: "RESOLVED", snoozedUntil: later } });
    await db.prisma.chat.update({ where: { id: snoozed }, data: { snoozedUntil: later } });
    await db.prisma.chat.updateMany({
      where: { id: { in: [sellerOnly, untouched] } },
      data: { status: "RESOLVED", snoozedUntil: later },
    });
    const external = await db.prisma.chat.findMany({
      where: { id: { in: fx.chatIds } },
      select: { id: true, externalId: true },
    });
    const ext = (id: string) => external.find((c) => c.id === id)!.externalId;
    await upsertConversations({
      account: fx.account,
      chats: [],
      messages: [
        message(ext(resolvedSnoozed), "buyer", 1),
        message(ext(snoozed), "buyer", 2),
        message(ext(sellerOnly), "seller", 3),
      ],
    });
    const state = await db.prisma.chat.findMany({
      where: { id: { in: fx.chatIds } },
      select: { id: true, status: true, snoozedUntil: true },
    });
    const of = (id: string) => state.find((c) => c.id === id)!;
    expect(of(resolvedSnoozed)).toMatchObject({ status: "OPEN", snoozedUntil: null });
    expect(of(snoozed)).toMatchObject({ status: "OPEN", snoozedUntil: null });
    expect(of(sellerOnly)).toMatchObject({ status: "RESOLVED", snoozedUntil: later });
    expect(of(untouched)).toMatchObject({ status: "RESOLVED", snoozedUntil: later });
  });
});
