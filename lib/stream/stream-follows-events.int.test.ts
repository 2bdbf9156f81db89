import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { markAccountError } from "@/lib/accounts/account-connector";
import { disconnectAccount } from "@/lib/accounts/disconnect-account";
import { cancelScheduledMessage } from "@/lib/follow-ups/cancel-scheduled-message";
import { setFollowUpOptOut } from "@/lib/follow-ups/set-follow-up-opt-out";
import { updateScheduledMessage } from "@/lib/follow-ups/update-scheduled-message";
import { addChatNote } from "@/lib/inbox/add-chat-note";
import { deleteChatNote } from "@/lib/inbox/delete-chat-note";
import { markChatRead } from "@/lib/inbox/mark-chat-read";
import { updateChat } from "@/lib/inbox/update-chat";
import { applyReadReceipts } from "@/lib/ingest/apply-read-receipts";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { recordSyncSuccess } from "@/lib/ingest/record-sync-result";
import { MarketplaceAuthError } from "@/lib/marketplaces/http/errors";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { stopStreamListener } from "@/lib/stream/stream-hub";
import { failOn, stopFailing } from "@/lib/test/fail-in-transaction";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The stream's message, read, scheduled-message, notification and account events follow the domains'
// events: each change writes one stream event in its own transaction, and a change that rolls back
// (a subscriber failing inside it) writes none and changes nothing.

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const H = 3_600_000;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Stream", chats: 3 });
});
afterAll(async () => {
  await stopStreamListener();
  await db.cleanup();
});

afterEach(() => stopFailing());

const lastStreamId = async () =>
  (await db.prisma.streamEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;
const streamSince = (after: bigint) =>
  db.prisma.streamEvent.findMany({
    where: { id: { gt: after } },
    orderBy: { id: "asc" },
    select: { workspaceId: true, type: true, chatId: true, data: true },
  });
const ws = () => fx.workspace.id;

describe("read state", () => {
  it("reading an unread chat is one chat event; reading it again none; a failed read neither reads nor announces", async () => {
    const chatId = fx.chatIds[0]!;
    await db.prisma.chat.update({ where: { id: chatId }, data: { unreadCount: 1 } });
    failOn("inbox/chat.read");
    const rolledBack = await lastStreamId();
    await expect(markChatRead({ workspaceId: ws(), chatId })).rejects.toThrow("subscriber failed");
    expect(await streamSince(rolledBack)).toEqual([]);
    expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: chatId } })).unreadCount).toBe(1);
    stopFailing();

    const before = await lastStreamId();
    await markChatRead({ workspaceId: ws(), chatId });
    await markChatRead({ workspaceId: ws(), chatId });
    expect(await streamSince(before)).toEqual([{ workspaceId: ws(), type: "chat", chatId, data: null }]);
  });

  it("a read names the tab that made it, so that tab can skip the echo", async () => {
    const chatId = fx.chatIds[2]!;
    await db.prisma.chat.update({ where: { id: chatId }, data: { isNewChat: true } });
    const before = await lastStreamId();
    await markChatRead({ workspaceId: ws(), chatId, origin: "tab0123456789" });
    expect(await streamSince(before)).toEqual([
      { workspaceId: ws(), type: "chat", chatId, data: { origin: "tab0123456789" } },
    ]);
  });

  it("an operator's resolve and note, added and deleted, name the tab that made them; other changes name none", async () => {
    const chatId = fx.chatIds[2]!;
    const member = { workspaceId: ws(), userId: fx.owner.id, role: "OWNER" as const, email: "", name: "" };
    const before = await lastStreamId();
    await updateChat({ workspaceId: ws(), chatId, update: { status: "RESOLVED" }, origin: "tab0123456789" });
    const note = await addChatNote({
      workspaceId: ws(),
      chatId,
      authorId: fx.owner.id,
      text: "заметка",
      origin: "tab0123456789",
    });
    await deleteChatNote({ member, chatId, noteId: note.id, origin: "tab0123456789" });
    await updateChat({ workspaceId: ws(), chatId, update: { status: "OPEN" } });
    const events = (await streamSince(before)).filter((e) => e.type === "chat" || e.type === "note");
    expect(events).toEqual([
      { workspaceId: ws(), type: "chat", chatId, data: { origin: "tab0123456789" } },
      { workspaceId: ws(), type: "note", chatId, data: { origin: "tab0123456789" } },
      { workspaceId: ws(), type: "note", chatId, data: { origin: "tab0123456789" } },
      { workspaceId: ws(), type: "chat", chatId, data: null },
    ]);
  });

  it("a buyer's read receipt is one message event in the chat's workspace; a failed one marks nothing", async () => {
    const chatId = fx.chatIds[1]!;
    const chat = await db.prisma.chat.findUniqueOrThrow({ where: { id: chatId } });
    await db.prisma.message.create({
      data: { chatId, author: "SELLER", text: "ответ", externalId: `r-${chatId}`, status: "SENT" },
    });
    const receipt = { chatExternalId: chat.externalId, upToMessageExternalId: `r-${chatId}`, at: new Date() };
    failOn("inbox/messages.updated");
    const rolledBack = await lastStreamId();
    await expect(applyReadReceipts({ accountId: fx.account.id, receipts: [receipt] })).rejects.toThrow(
      "subscriber failed",
    );
    expect(await streamSince(rolledBack)).toEqual([]);
    stopFailing();

    const before = await lastStreamId();
    expect(await applyReadReceipts({ accountId: fx.account.id, receipts: [receipt] })).toBe(1);
    expect(await streamSince(before)).toEqual([{ workspaceId: ws(), type: "message", chatId, data: null }]);
  });

  it("marking notifications read is one notification event; a failed one leaves them unread", async () => {
    await db.prisma.notification.create({
      data: { workspaceId: ws(), userId: fx.owner.id, kind: "mention", body: "?" },
    });
    failOn("notifications/notifications.read");
    const rolledBack = await lastStreamId();
    await expect(markNotificationsRead({ workspaceId: ws(), userId: fx.owner.id, input: {} })).rejects.toThrow(
      "subscriber failed",
    );
    expect(await streamSince(rolledBack)).toEqual([]);
    expect(await db.prisma.notification.count({ where: { workspaceId: ws(), readAt: null } })).toBe(1);
    stopFailing();

    const before = await lastStreamId();
    expect(await markNotificationsRead({ workspaceId: ws(), userId: fx.owner.id, input: {} })).toEqual({ marked: 1 });
    expect(await streamSince(before)).toEqual([{ workspaceId: ws(), type: "notification", chatId: null, data: null }]);
  });
});

describe("scheduled messages", () => {
  it("editing and cancelling are one scheduled event each; a failed cancel leaves it waiting", async () => {
    const row = await db.prisma.scheduledMessage.create({
      data: {
        workspaceId: ws(),
        chatId: fx.chatIds[2]!,
        text: "напоминание",
        sendAt: new Date(Date.now() + 24 * H),
        createdById: fx.owner.id,
      },
    });
    const before = await lastStreamId();
    await updateScheduledMessage({ workspaceId: ws(), scheduledId: row.id, update: { text: "новое напоминание" } });
    failOn("follow-ups/scheduled.changed");
    await expect(cancelScheduledMessage({ workspaceId: ws(), scheduledId: row.id })).rejects.toThrow(
      "subscriber failed",
    );
    expect((await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SCHEDULED");
    stopFailing();
    await cancelScheduledMessage({ workspaceId: ws(), scheduledId: row.id });
    expect(await streamSince(before)).toEqual([
      { workspaceId: ws(), type: "scheduled", chatId: null, data: null },
      { workspaceId: ws(), type: "scheduled", chatId: null, data: null },
    ]);
  });

  it("follow-ups the buyer's opt-out cancels are announced: one scheduled event for the chat, none when it rolls back", async () => {
    const chatId = fx.chatIds[1]!;
    const waiting = () =>
      db.prisma.scheduledMessage.create({
        data: {
          workspaceId: ws(),
          chatId,
          text: "как вам заказ?",
          sendAt: new Date(Date.now() + 24 * H),
          createdById: fx.owner.id,
        },
      });
    await waiting();
    await waiting();
    failOn("follow-ups/scheduled.changed");
    const rolledBack = await lastStreamId();
    await expect(setFollowUpOptOut({ workspaceId: ws(), chatId, optOut: true })).rejects.toThrow("subscriber failed");
    expect(await streamSince(rolledBack)).toEqual([]);
    expect(await db.prisma.scheduledMessage.count({ where: { chatId, status: "SCHEDULED" } })).toBe(2);
    stopFailing();

    const before = await lastStreamId();
    expect((await setFollowUpOptOut({ workspaceId: ws(), chatId, optOut: true })).cancelled).toBe(2);
    expect(await streamSince(before)).toEqual([{ workspaceId: ws(), type: "scheduled", chatId, data: null }]);
  });
  it("a buyer message that cancels a waiting follow-up announces it: the thread's scheduled messages refresh with its messages", async () => {
    const chat = await db.prisma.chat.findUniqueOrThrow({ where: { id: fx.chatIds[0]! } });
    await db.prisma.scheduledMessage.create({
      data: {
        workspaceId: ws(),
        chatId: chat.id,
        text: "всё ли хорошо?",
        sendAt: new Date(Date.now() + 24 * H),
        createdById: fx.owner.id,
      },
    });
    const before = await lastStreamId();
    const message = {
      externalId: `buyer-${chat.id}`,
      chatExternalId: chat.externalId,
      author: "buyer" as const,
      text: "Здравствуйте, вопрос",
      createdAt: new Date(Date.now() + 1_000).toISOString(),
      attachments: [],
      isRead: false,
    };
    await upsertConversations({
      account: { id: fx.account.id, workspaceId: ws(), marketplace: "wildberries" },
      chats: [],
      messages: [message],
    });
    expect(await db.prisma.scheduledMessage.count({ where: { chatId: chat.id, status: "SCHEDULED" } })).toBe(0);
    expect(await streamSince(before)).toContainEqual({
      workspaceId: ws(),
      type: "scheduled",
      chatId: chat.id,
      data: null,
    });
  });
});

describe("accounts", () => {
  it("an account's error, its recovery and its disconnection are one account event each, read from the account when unnamed", async () => {
    const other = await createWorkspaceFixture({ name: "Accounts", chats: 0 });
    const accountId = other.account.id;
    const before = await lastStreamId();
    await markAccountError({
      accountId,
      error: new MarketplaceAuthError({ marketplace: "wildberries", message: "token revoked", status: 401 }),
    });
    await db.prisma.marketplaceAccount.update({ where: { id: accountId }, data: { status: "ERROR" } });
    await recordSyncSuccess({ accountId });
    await recordSyncSuccess({ accountId }); // already ACTIVE: nothing changed, nothing announced
    await disconnectAccount({ workspaceId: other.workspace.id, accountId });
    const event = { workspaceId: other.workspace.id, type: "account", chatId: null, data: { accountId } };
    expect(await streamSince(before)).toEqual([event, event, event]);
  });

  it("a failed status change leaves the account as it was and announces nothing", async () => {
    const before = await lastStreamId();
    failOn("accounts/account.changed");
    await expect(
      markAccountError({
        accountId: fx.account.id,
        error: new MarketplaceAuthError({ marketplace: "wildberries", message: "token revoked", status: 401 }),
      }),
    ).rejects.toThrow("subscriber failed");
    expect((await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: fx.account.id } })).status).toBe(
      "ACTIVE",
    );
    expect(await streamSince(before)).toEqual([]);
  });
});
