import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addChatNote } from "@/lib/inbox/add-chat-note";
import { deleteChatNote } from "@/lib/inbox/delete-chat-note";
import { updateChat } from "@/lib/inbox/update-chat";
import { fireCaseReminder } from "@/lib/negative-reviews/fire-case-reminder";
import { resolveNegativeReviewCase } from "@/lib/negative-reviews/resolve-negative-review-case";
import { removeMember } from "@/lib/team/remove-member";
import { stopStreamListener } from "@/lib/stream/stream-hub";
import { failOn, stopFailing } from "@/lib/test/fail-in-transaction";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Notifications and the stream's chat, note and case events follow the domains' events: each change
// writes each of them exactly once, and a change that rolls back writes none.

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const H = 3_600_000;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Events", chats: 2 });
});
afterAll(async () => {
  await stopStreamListener();
  await db.cleanup();
});

afterEach(() => stopFailing());

const lastStreamId = async () =>
  (
    await db.prisma.streamEvent.findFirst({
      where: { workspaceId: fx.workspace.id },
      orderBy: { id: "desc" },
      select: { id: true },
    })
  )?.id ?? 0n;
const streamSince = (after: bigint) =>
  db.prisma.streamEvent.findMany({
    where: { workspaceId: fx.workspace.id, id: { gt: after } },
    orderBy: { id: "asc" },
    select: { type: true, chatId: true, data: true },
  });
const notifications = () =>
  db.prisma.notification.findMany({
    where: { workspaceId: fx.workspace.id },
    orderBy: { createdAt: "asc" },
    select: { userId: true, kind: true, chatId: true, caseId: true, params: true },
  });

describe("notes", () => {
  it("a note with a mention: one notification for the member, one note and one notification stream event", async () => {
    const before = await lastStreamId();
    const chatId = fx.chatIds[0]!;
    await addChatNote({
      workspaceId: fx.workspace.id,
      chatId,
      authorId: fx.owner.id,
      text: "@Events operator посмотри, @Events owner тоже",
    });
    expect(await notifications()).toEqual([
      { userId: fx.operator.id, kind: "mention", chatId, caseId: null, params: { author: "Events owner" } },
    ]);
    expect(await streamSince(before)).toEqual([
      { type: "notification", chatId: null, data: null },
      { type: "note", chatId, data: null },
    ]);
  });

  it("a note without a mention notifies nobody; deleting it is one note event", async () => {
    await db.prisma.notification.deleteMany({ where: { workspaceId: fx.workspace.id } });
    const before = await lastStreamId();
    const chatId = fx.chatIds[1]!;
    const note = await addChatNote({
      workspaceId: fx.workspace.id,
      chatId,
      authorId: fx.owner.id,
      text: "без упоминаний",
    });
    await deleteChatNote({
      member: {
        workspaceId: fx.workspace.id,
        userId: fx.owner.id,
        role: "OWNER",
        email: fx.owner.email,
        name: fx.owner.name,
      },
      chatId,
      noteId: note.id,
    });
    expect(await notifications()).toEqual([]);
    expect(await streamSince(before)).toEqual([
      { type: "note", chatId, data: null },
      { type: "note", chatId, data: null },
    ]);
  });

  // notifications.added: the bell rings through the stream's subscriber (lib/notifications/write-notifications.ts).
  it.each(["inbox/note.added", "notifications/notifications.added"] as const)(
    "a note whose transaction fails (%s) leaves no note, no notification and no stream event",
    async (event) => {
      await db.prisma.notification.deleteMany({ where: { workspaceId: fx.workspace.id } });
      const before = await lastStreamId();
      const notes = await db.prisma.chatNote.count();
      failOn(event);
      await expect(
        addChatNote({
          workspaceId: fx.workspace.id,
          chatId: fx.chatIds[0]!,
          authorId: fx.owner.id,
          text: "@Events operator срочно",
        }),
      ).rejects.toThrow("subscriber failed");
      expect(await db.prisma.chatNote.count()).toBe(notes);
      expect(await notifications()).toEqual([]);
      expect(await streamSince(before)).toEqual([]);
    },
  );
});

describe("chats", () => {
  it("assigning and snoozing a chat are one chat event each; a failed change none", async () => {
    const chatId = fx.chatIds[0]!;
    const before = await lastStreamId();
    await updateChat({ workspaceId: fx.workspace.id, chatId, update: { assigneeId: fx.operator.id } });
    await updateChat({
      workspaceId: fx.workspace.id,
      chatId,
      update: { snoozedUntil: new Date(Date.now() + H).toISOString() },
    });
    expect(await streamSince(before)).toEqual([
      { type: "chat", chatId, data: null },
      { type: "chat", chatId, data: null },
    ]);
    const mid = await lastStreamId();
    failOn("inbox/chats.updated");
    await expect(updateChat({ workspaceId: fx.workspace.id, chatId, update: { assigneeId: null } })).rejects.toThrow(
      "subscriber failed",
    );
    expect((await db.prisma.chat.findUniqueOrThrow({ where: { id: chatId } })).assigneeId).toBe(fx.operator.id);
    expect(await streamSince(mid)).toEqual([]);
  });

  it("a member removed: their chats go back to the queue with one workspace-wide chat event", async () => {
    const other = await createWorkspaceFixture({ name: "Leavers", chats: 2 });
    await db.prisma.chat.updateMany({
      where: { workspaceId: other.workspace.id },
      data: { assigneeId: other.operator.id },
    });
    await removeMember({ workspaceId: other.workspace.id, actorId: other.owner.id, targetUserId: other.operator.id });
    const events = await db.prisma.streamEvent.findMany({
      where: { workspaceId: other.workspace.id },
      select: { type: true, chatId: true },
    });
    expect(events).toEqual([{ type: "chat", chatId: null }]);
    expect(await db.prisma.chat.count({ where: { workspaceId: other.workspace.id, assigneeId: null } })).toBe(2);
  });
});

describe("negative-review cases", () => {
  const openCase = async () => {
    const chatId = fx.chatIds[1]!;
    const kase = await db.prisma.negativeReviewCase.create({
      data: {
        workspaceId: fx.workspace.id,
        accountId: fx.account.id,
        marketplace: "wildberries",
        reviewExternalId: `r-${Math.random()}`,
        reviewChatId: chatId,
        chatId,
        rating: 2,
        originalRating: 2,
        hasHoldWindow: false,
        status: "IN_PROGRESS",
        customerName: "Анна",
        reviewCreatedAt: new Date(Date.now() - H),
      },
    });
    // The escalation: 24 h after the review when there is no hold window, to the owners.
    return { kase, dueAt: new Date(kase.reviewCreatedAt.getTime() + 24 * H + 1_000) };
  };

  it("a reminder fired twice notifies each recipient once, with one notification stream event", async () => {
    await db.prisma.notification.deleteMany({ where: { workspaceId: fx.workspace.id } });
    const { kase, dueAt } = await openCase();
    const before = await lastStreamId();
    expect(await fireCaseReminder({ caseId: kase.id, kind: "escalation", firedBy: "sweep", now: dueAt })).toBe("sent");
    expect(await fireCaseReminder({ caseId: kase.id, kind: "escalation", firedBy: "inngest", now: dueAt })).toBe(
      "already",
    );
    const rows = await notifications();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: fx.owner.id,
      kind: "negative_review_escalation",
      chatId: kase.chatId,
      caseId: kase.id,
    });
    expect(rows[0]!.params).toEqual({ rating: 2, customerName: "Анна", marketplace: "wildberries" });
    expect(await streamSince(before)).toEqual([{ type: "notification", chatId: null, data: null }]);
  });

  it("a reminder whose transaction fails leaves no ledger row, no notification and no stream event; the next run sends it", async () => {
    await db.prisma.notification.deleteMany({ where: { workspaceId: fx.workspace.id } });
    const { kase, dueAt } = await openCase();
    const before = await lastStreamId();
    failOn("negative-reviews/reminder.due");
    await expect(
      fireCaseReminder({ caseId: kase.id, kind: "escalation", firedBy: "sweep", now: dueAt }),
    ).rejects.toThrow("subscriber failed");
    expect(await db.prisma.negativeReviewReminder.count({ where: { caseId: kase.id } })).toBe(0);
    expect(await notifications()).toEqual([]);
    expect(await streamSince(before)).toEqual([]);
    stopFailing();
    expect(await fireCaseReminder({ caseId: kase.id, kind: "escalation", firedBy: "sweep", now: dueAt })).toBe("sent");
    expect(await notifications()).toHaveLength(1);
  });

  it("resolving a case is one case event naming it", async () => {
    const { kase } = await openCase();
    const before = await lastStreamId();
    await resolveNegativeReviewCase({ workspaceId: fx.workspace.id, caseId: kase.id, userId: fx.owner.id });
    await resolveNegativeReviewCase({ workspaceId: fx.workspace.id, caseId: kase.id, userId: fx.owner.id });
    expect(await streamSince(before)).toEqual([{ type: "case", chatId: null, data: { caseId: kase.id } }]);
  });
});
