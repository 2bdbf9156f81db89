import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createSimAccount } from "@/lib/test/sim-account";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { markChatRead } from "@/lib/inbox/mark-chat-read";
import { markReadOnMarketplace } from "@/lib/inbox/mark-read-on-marketplace";
import * as chat from "@/app/api/chats/[id]/route";
import * as read from "@/app/api/chats/[id]/read/route";
import * as notes from "@/app/api/chats/[id]/notes/route";
import * as note from "@/app/api/chats/[id]/notes/[noteId]/route";

// Operator actions on a chat: resolve/reopen, assign, snooze (PATCH), read, internal notes.

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;

const patch = (id: string, body: unknown, userId = a.operator.id) =>
  callRoute(chat.PATCH, { method: "PATCH", params: { id }, body, userId });

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 3 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 1 });
});
afterAll(async () => {
  await sim.close();
  await db.cleanup();
});

describe("PATCH /api/chats/[id]", () => {
  it("resolves and reopens", async () => {
    const resolved = await patch(a.chatIds[0]!, { status: "RESOLVED" });
    expect(resolved.status).toBe(200);
    expect(resolved.json.status).toBe("RESOLVED");
    expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: a.chatIds[0]! } })).status).toBe("RESOLVED");
    const reopened = await patch(a.chatIds[0]!, { status: "OPEN" });
    expect(reopened.json.status).toBe("OPEN");
  });

  it("assigns to a member of the workspace, and unassigns", async () => {
    const mine = await patch(a.chatIds[1]!, { assigneeId: a.operator.id });
    expect(mine.json.assignee).toEqual({ id: a.operator.id, name: "Alpha operator" });
    const owner = await patch(a.chatIds[1]!, { assigneeId: a.owner.id });
    expect(owner.json.assignee.id).toBe(a.owner.id);
    const nobody = await patch(a.chatIds[1]!, { assigneeId: null });
    expect(nobody.json.assignee).toBeNull();
  });

  it("refuses an assignee from another workspace like an unknown id, and changes nothing", async () => {
    const res = await patch(a.chatIds[1]!, { assigneeId: b.operator.id });
    expect(res.status).toBe(404);
    expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: a.chatIds[1]! } })).assigneeId).toBeNull();
  });

  it("snoozes until a future time and wakes on request; a past time or an empty body is a 400", async () => {
    const until = new Date(Date.now() + 3600_000).toISOString();
    const snoozed = await patch(a.chatIds[2]!, { snoozedUntil: until });
    expect(snoozed.status).toBe(200);
    expect(snoozed.json.snoozedUntil).toBe(until);
    expect((await patch(a.chatIds[2]!, { snoozedUntil: new Date(Date.now() - 1000).toISOString() })).status).toBe(400);
    expect((await patch(a.chatIds[2]!, {})).status).toBe(400);
    expect((await patch(a.chatIds[2]!, { status: "CLOSED" })).status).toBe(400);
    const woken = await patch(a.chatIds[2]!, { snoozedUntil: null });
    expect(woken.json.snoozedUntil).toBeNull();
  });

  it("answers 404 for another workspace's chat and leaves it alone", async () => {
    const res = await patch(b.chatIds[0]!, { status: "RESOLVED" });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.json)).not.toContain("Beta");
    expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: b.chatIds[0]! } })).status).toBe("OPEN");
  });
});

describe("POST /api/chats/[id]/read", () => {
  it("marks buyer messages read, clears the unread count and the new flag", async () => {
    const id = a.chatIds[0]!;
    await db.prisma.chat.update({ where: { id }, data: { unreadCount: 2, isNewChat: true } });
    await db.prisma.message.create({ data: { chatId: id, author: "BUYER", text: "ещё вопрос" } });
    const res = await callRoute(read.POST, { method: "POST", params: { id }, userId: a.operator.id });
    expect(res.status).toBe(200);
    const after = await db.prisma.chat.findUniqueOrThrow({ where: { id }, include: { messages: true } });
    expect(after.unreadCount).toBe(0);
    expect(after.isNewChat).toBe(false);
    expect(after.messages.every((m) => m.author !== "BUYER" || m.readAt)).toBe(true);
  });

  it("answers 404 for another workspace's chat", async () => {
    await db.prisma.chat.update({ where: { id: b.chatIds[0]! }, data: { unreadCount: 1 } });
    const res = await callRoute(read.POST, { method: "POST", params: { id: b.chatIds[0]! }, userId: a.operator.id });
    expect(res.status).toBe(404);
    expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: b.chatIds[0]! } })).unreadCount).toBe(1);
  });

  it("marks the chat read on a marketplace that supports it (Ozon, over HTTP against the simulator)", async () => {
    const { chatId, messageId } = sim.control.injectBuyerMessage({ marketplace: "ozon", text: "Здравствуйте" });
    const account = await createSimAccount({ workspaceId: a.workspace.id, sim, marketplace: "ozon" });
    const ours = await db.prisma.chat.create({
      data: {
        workspaceId: a.workspace.id,
        accountId: account.id,
        marketplace: "ozon",
        externalId: chatId,
        unreadCount: 1,
        messages: { create: [{ author: "BUYER", text: "Здравствуйте", externalId: messageId }] },
      },
    });
    const { remote } = await markChatRead({ workspaceId: a.workspace.id, chatId: ours.id });
    expect(remote).toEqual({
      accountId: account.id,
      chat: { externalId: chatId, replyToken: null },
      upToMessageId: messageId,
    });
    expect(await markReadOnMarketplace({ remote: remote! })).toBe("done");
    expect(sim.state.ozon.chats.get(chatId)!.messages.every((m) => m.is_read)).toBe(true);
    // Nothing new to read: no second call to the marketplace.
    expect((await markChatRead({ workspaceId: a.workspace.id, chatId: ours.id })).remote).toBeNull();
  });

  it("skips marketplaces without read receipts and only logs a failing call", async () => {
    const wb = await createSimAccount({ workspaceId: a.workspace.id, sim, marketplace: "wildberries" });
    expect(
      await markReadOnMarketplace({
        remote: { accountId: wb.id, chat: { externalId: "1:x" }, upToMessageId: "m" } as never,
      }),
    ).toBe("unsupported");
    const ozon = await createSimAccount({ workspaceId: a.workspace.id, sim, marketplace: "ozon" });
    expect(
      await markReadOnMarketplace({
        remote: { accountId: ozon.id, chat: { externalId: "no-such-chat", replyToken: null }, upToMessageId: "1" },
      }),
    ).toBe("failed");
  });
});

describe("internal notes", () => {
  it("adds a note as the signed-in member and lists it with the author", async () => {
    const id = a.chatIds[1]!;
    const added = await callRoute(notes.POST, {
      method: "POST",
      params: { id },
      body: { text: "  Покупатель просил позвонить после 18:00  " },
      userId: a.operator.id,
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({
      text: "Покупатель просил позвонить после 18:00",
      author: { id: a.operator.id, name: "Alpha operator" },
    });
    const listed = await callRoute(notes.GET, { params: { id }, userId: a.owner.id });
    expect(listed.json.notes.map((n: { text: string }) => n.text)).toEqual(["Покупатель просил позвонить после 18:00"]);
    // A note is never a message: the thread sent to the marketplace does not contain it.
    expect(await db.prisma.message.count({ where: { chatId: id, text: { contains: "позвонить" } } })).toBe(0);
    expect(
      (await callRoute(notes.POST, { method: "POST", params: { id }, body: { text: "   " }, userId: a.operator.id }))
        .status,
    ).toBe(400);
  });

  it("another workspace's chat: 404 for reading and adding", async () => {
    expect((await callRoute(notes.GET, { params: { id: b.chatIds[0]! }, userId: a.operator.id })).status).toBe(404);
    expect(
      (
        await callRoute(notes.POST, {
          method: "POST",
          params: { id: b.chatIds[0]! },
          body: { text: "x" },
          userId: a.operator.id,
        })
      ).status,
    ).toBe(404);
    expect(await db.prisma.chatNote.count({ where: { chatId: b.chatIds[0]! } })).toBe(0);
  });

  it("a note is deleted by its author or an owner, not by another operator or workspace", async () => {
    const other = await db.prisma.user.create({ data: { email: "second-op@example.com", name: "Second" } });
    await db.prisma.membership.create({ data: { workspaceId: a.workspace.id, userId: other.id, role: "OPERATOR" } });
    const id = a.chatIds[2]!;
    const make = async () =>
      (await callRoute(notes.POST, { method: "POST", params: { id }, body: { text: "note" }, userId: a.operator.id }))
        .json.id as string;
    const del = (noteId: string, userId: string) =>
      callRoute(note.DELETE, { method: "DELETE", params: { id, noteId }, userId });

    const first = await make();
    expect((await del(first, other.id)).status).toBe(403);
    expect((await del(first, b.owner.id)).status).toBe(404);
    expect((await del(first, a.operator.id)).status).toBe(204);
    const second = await make();
    expect((await del(second, a.owner.id)).status).toBe(204);
    expect(await db.prisma.chatNote.count({ where: { chatId: id } })).toBe(0);
  });
});
