import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as chatList from "@/app/api/chats/route";
import * as caseOfChat from "@/app/api/chats/[id]/negative-review/route";
import * as link from "@/app/api/negative-reviews/[id]/link/route";
import * as resolve from "@/app/api/negative-reviews/[id]/resolve/route";
import * as suggestion from "@/app/api/negative-reviews/[id]/suggestion/route";
import * as report from "@/app/api/negative-reviews/report/route";
import * as settings from "@/app/api/negative-reviews/settings/route";
import * as notifications from "@/app/api/notifications/route";
import { prisma } from "@/lib/db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Negative-review routes: scoped to the caller's workspace (another workspace's case, chat or
// notification answers like a missing one), owners-only settings.

let db: TestDatabase;
type Fixture = Awaited<ReturnType<typeof createWorkspaceFixture>>;
let a: Fixture;
let b: Fixture;
let caseA: string;
let caseB: string;

async function addCase(fx: Fixture, chatIndex: number) {
  const chatId = fx.chatIds[chatIndex]!;
  await prisma().message.create({
    data: {
      chatId,
      author: "MARKETPLACE",
      text: "Покупатель оставил отзыв с оценкой 2★ на товар «Платье»",
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  const row = await prisma().negativeReviewCase.create({
    data: {
      workspaceId: fx.workspace.id,
      accountId: fx.account.id,
      marketplace: "wildberries",
      reviewExternalId: `fb-${chatId}`,
      chatId,
      linkConfidence: "MEDIUM",
      rating: 2,
      originalRating: 2,
      hasHoldWindow: true,
      status: "AWAITING_BUYER",
      reviewCreatedAt: new Date(Date.now() - 3_600_000),
      customerName: "Ольга",
    },
  });
  return row.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 3 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 2 });
  caseA = await addCase(a, 0);
  caseB = await addCase(b, 0);
  await prisma().notification.createMany({
    data: [
      {
        workspaceId: a.workspace.id,
        userId: a.operator.id,
        kind: "negative_review_reminder",
        title: "Осталось 6 ч",
        caseId: caseA,
      },
      {
        workspaceId: b.workspace.id,
        userId: b.operator.id,
        kind: "negative_review_reminder",
        title: "Beta",
        caseId: caseB,
      },
    ],
  });
});
afterAll(() => db.cleanup());

describe("negative-review routes", () => {
  it("GET /api/chats/[id]/negative-review: the case of the member's chat; another workspace's chat is 404", async () => {
    const own = await callRoute(caseOfChat.GET, { params: { id: a.chatIds[0]! }, userId: a.operator.id });
    expect(own.status).toBe(200);
    expect(own.json.case).toMatchObject({
      id: caseA,
      status: "AWAITING_BUYER",
      linkConfidence: "MEDIUM",
      hasHoldWindow: true,
    });
    expect(own.json.case.firstResponseDueAt).toBeTruthy();
    expect(own.json.candidates.every((c: { id: string }) => a.chatIds.includes(c.id))).toBe(true);
    const none = await callRoute(caseOfChat.GET, { params: { id: a.chatIds[1]! }, userId: a.operator.id });
    expect(none.json).toEqual({ case: null });
    const foreign = await callRoute(caseOfChat.GET, { params: { id: b.chatIds[0]! }, userId: a.operator.id });
    expect(foreign.status).toBe(404);
  });

  it("PATCH /api/negative-reviews/[id]/link: only to a chat of the same workspace; the link becomes manual", async () => {
    const foreignChat = await callRoute(link.PATCH, {
      method: "PATCH",
      params: { id: caseA },
      body: { chatId: b.chatIds[1]! },
      userId: a.operator.id,
    });
    expect(foreignChat.status).toBe(404);
    const foreignCase = await callRoute(link.PATCH, {
      method: "PATCH",
      params: { id: caseB },
      body: { chatId: a.chatIds[1]! },
      userId: a.operator.id,
    });
    expect(foreignCase.status).toBe(404);
    const bad = await callRoute(link.PATCH, {
      method: "PATCH",
      params: { id: caseA },
      body: { chat: 1 },
      userId: a.operator.id,
    });
    expect(bad.status).toBe(400);
    const ok = await callRoute(link.PATCH, {
      method: "PATCH",
      params: { id: caseA },
      body: { chatId: a.chatIds[1]! },
      userId: a.operator.id,
    });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ chatId: a.chatIds[1], linkConfidence: "MANUAL" });
    // The buyer's message in the new chat starts the window.
    const kase = await prisma().negativeReviewCase.findUniqueOrThrow({ where: { id: caseA } });
    expect(kase.status).toBe("IN_PROGRESS");
    expect(kase.deadlineAt).not.toBeNull();
  });

  it("POST /api/negative-reviews/[id]/suggestion drafts a first message; another workspace's case is 404", async () => {
    const own = await callRoute(suggestion.POST, { method: "POST", params: { id: caseA }, userId: a.operator.id });
    expect(own.status).toBe(200);
    expect(own.json.text.length).toBeGreaterThan(20);
    expect(
      (await callRoute(suggestion.POST, { method: "POST", params: { id: caseB }, userId: a.operator.id })).status,
    ).toBe(404);
  });

  it("the suggestion answers the review's own text while the buyer has written nothing in the chat", async () => {
    const chat = await prisma().chat.create({
      data: {
        workspaceId: a.workspace.id,
        accountId: a.account.id,
        marketplace: "wildberries",
        kind: "CHAT",
        externalId: "held-review-chat",
        customerName: "Игорь",
        messages: {
          create: { author: "MARKETPLACE", text: "Покупатель оставил отзыв с оценкой 1★ на товар «Кроссовки»" },
        },
      },
    });
    const held = await prisma().negativeReviewCase.create({
      data: {
        workspaceId: a.workspace.id,
        accountId: a.account.id,
        marketplace: "wildberries",
        reviewExternalId: "fb-held-text",
        chatId: chat.id,
        linkConfidence: "HIGH",
        text: "Подошва отклеилась через неделю",
        rating: 1,
        originalRating: 1,
        hasHoldWindow: true,
        status: "AWAITING_BUYER",
        reviewCreatedAt: new Date(Date.now() - 3_600_000),
      },
    });
    const res = await callRoute(suggestion.POST, { method: "POST", params: { id: held.id }, userId: a.operator.id });
    expect(res.status).toBe(200);
    expect(res.json.text).toContain("подошва отклеилась");
    expect(res.json.text).not.toMatch(/Договорились|Если появятся вопросы/u);
    // The other tests count this workspace's cases and chats.
    await prisma().negativeReviewCase.delete({ where: { id: held.id } });
    await prisma().chat.delete({ where: { id: chat.id } });
  });

  it("POST /api/negative-reviews/[id]/resolve resolves the member's case only", async () => {
    const foreign = await callRoute(resolve.POST, { method: "POST", params: { id: caseB }, userId: a.operator.id });
    expect(foreign.status).toBe(404);
    expect((await prisma().negativeReviewCase.findUniqueOrThrow({ where: { id: caseB } })).status).toBe(
      "AWAITING_BUYER",
    );
    const own = await callRoute(resolve.POST, { method: "POST", params: { id: caseA }, userId: a.operator.id });
    expect(own.json).toEqual({ id: caseA, status: "RESOLVED" });
    expect(
      (await callRoute(resolve.POST, { method: "POST", params: { id: caseA }, userId: a.operator.id })).status,
    ).toBe(200);
  });

  it("GET /api/negative-reviews/report counts the member's workspace only", async () => {
    const res = await callRoute(report.GET, {
      url: "http://localhost/api/negative-reviews/report?days=7",
      userId: a.owner.id,
    });
    expect(res.status).toBe(200);
    expect(res.json.total.cases).toBe(1);
    expect(res.json.byOperator).toEqual([
      expect.objectContaining({ key: a.operator.id, cases: 1, resolvedBeforeDeadline: 1 }),
    ]);
    expect(
      (await callRoute(report.GET, { url: "http://localhost/api/negative-reviews/report?days=0", userId: a.owner.id }))
        .status,
    ).toBe(400);
  });

  it("notifications: the member's own; others' ids are not marked", async () => {
    const list = await callRoute(notifications.GET, { userId: a.operator.id });
    expect(list.json.unread).toBe(1);
    expect(list.json.items.map((n: { title: string }) => n.title)).toEqual(["Осталось 6 ч"]);
    const foreignId = (await prisma().notification.findFirstOrThrow({ where: { workspaceId: b.workspace.id } })).id;
    expect(
      (await callRoute(notifications.POST, { method: "POST", body: { ids: [foreignId] }, userId: a.operator.id })).json,
    ).toEqual({ marked: 0 });
    expect((await callRoute(notifications.POST, { method: "POST", body: {}, userId: a.operator.id })).json).toEqual({
      marked: 1,
    });
    expect((await callRoute(notifications.GET, { userId: b.operator.id })).json.unread).toBe(1);
  });

  it("settings: everyone reads, only owners change the reminder offsets", async () => {
    expect((await callRoute(settings.GET, { userId: a.operator.id })).json).toEqual({
      reminderOffsetsHours: [48, 24, 6, 1],
    });
    const operator = await callRoute(settings.PUT, {
      method: "PUT",
      body: { reminderOffsetsHours: [12] },
      userId: a.operator.id,
    });
    expect(operator.status).toBe(403);
    const owner = await callRoute(settings.PUT, {
      method: "PUT",
      body: { reminderOffsetsHours: [2, 36, 12, 2] },
      userId: a.owner.id,
    });
    expect(owner.json).toEqual({ reminderOffsetsHours: [36, 12, 2] });
    expect(
      (await callRoute(settings.PUT, { method: "PUT", body: { reminderOffsetsHours: [100] }, userId: a.owner.id }))
        .status,
    ).toBe(400);
    expect((await callRoute(settings.GET, { userId: b.owner.id })).json).toEqual({
      reminderOffsetsHours: [48, 24, 6, 1],
    });
  });

  it("GET /api/chats?view=negative: chats of cases with their countdown, the nearest deadline first", async () => {
    const c = await createWorkspaceFixture({ name: "Gamma", chats: 3 });
    const H = 3_600_000;
    const make = (i: number, deadlineAt: Date | null) =>
      prisma().negativeReviewCase.create({
        data: {
          workspaceId: c.workspace.id,
          accountId: c.account.id,
          marketplace: "wildberries",
          reviewExternalId: `g-${i}`,
          chatId: c.chatIds[i]!,
          linkConfidence: "HIGH",
          rating: 1,
          originalRating: 1,
          hasHoldWindow: true,
          status: deadlineAt ? "IN_PROGRESS" : "AWAITING_BUYER",
          reviewCreatedAt: new Date(),
          deadlineAt,
          firstBuyerReplyAt: deadlineAt ? new Date(deadlineAt.getTime() - 72 * H) : null,
        },
      });
    await make(0, new Date(Date.now() + 50 * H));
    await make(1, new Date(Date.now() + 5 * H));
    await make(2, null);
    const res = await callRoute(chatList.GET, {
      url: "http://localhost/api/chats?view=negative",
      userId: c.operator.id,
    });
    expect(res.status).toBe(200);
    expect(res.json.chats.map((x: { id: string }) => x.id)).toEqual([c.chatIds[1], c.chatIds[0], c.chatIds[2]]);
    expect(res.json.chats[0].negativeCase).toMatchObject({ status: "IN_PROGRESS", hasHoldWindow: true });
    expect(res.json.chats[2].negativeCase).toMatchObject({ status: "AWAITING_BUYER", deadlineAt: null });
    expect(res.json.chats[2].negativeCase.firstResponseDueAt).toBeTruthy();
    // Other views carry the case too; another workspace's cases never show.
    const all = await callRoute(chatList.GET, { url: "http://localhost/api/chats?view=all", userId: a.operator.id });
    expect(all.json.chats.every((x: { id: string }) => a.chatIds.includes(x.id))).toBe(true);
  });
});
