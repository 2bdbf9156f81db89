import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import * as chats from "@/app/api/chats/route";
import { names } from "@/lib/test/chat-rows";

// GET /api/chats?view=negative: the Negative reviews view's order and pages, and the index it reads.

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

const NOW = Date.now();
const min = (n: number) => new Date(NOW - n * 60_000);

describe("the Negative reviews view", () => {
  it("open cases by deadline first, then the rest by urgency; a review shows once, as the chat its case works in; pages join up", async () => {
    const g = await createWorkspaceFixture({ name: "Gamma", chats: 0 });
    const base = { workspaceId: g.workspace.id, accountId: g.account.id, marketplace: "wildberries" as const };
    const chat = (externalId: string, data: Record<string, unknown>) =>
      db.prisma.chat.create({ data: { ...base, externalId, ...data } });
    const kase = (
      id: string,
      data: {
        chatId?: string;
        reviewChatId?: string;
        status: "AWAITING_BUYER" | "IN_PROGRESS" | "RESOLVED" | "PUBLISHED";
        deadlineAt?: Date;
        resolvedAt?: Date;
        publishedAt?: Date;
      },
    ) =>
      db.prisma.negativeReviewCase.create({
        data: {
          ...base,
          reviewExternalId: id,
          rating: 2,
          originalRating: 2,
          hasHoldWindow: true,
          reviewCreatedAt: min(3000),
          ...data,
        },
      });
    const late = await chat("g1", { customerName: "Case Late", lastMessageAt: min(1) });
    const lateReview = await chat("g6", {
      customerName: "Review Of Late",
      kind: "REVIEW",
      rating: 2,
      lastMessageAt: min(2),
    });
    await kase("f1", {
      chatId: late.id,
      reviewChatId: lateReview.id,
      status: "IN_PROGRESS",
      deadlineAt: new Date(NOW + 50 * 3600_000),
    });
    const soon = await chat("g2", { customerName: "Case Soon", lastMessageAt: min(3) });
    await kase("f2", { chatId: soon.id, status: "IN_PROGRESS", deadlineAt: new Date(NOW + 5 * 3600_000) });
    const held = await chat("g3", {
      customerName: "Review Held",
      kind: "REVIEW",
      rating: 1,
      awaitingReplySince: min(100),
      lastMessageAt: min(100),
    });
    await kase("f3", { reviewChatId: held.id, status: "AWAITING_BUYER" });
    await chat("g4", {
      customerName: "Review Old",
      kind: "REVIEW",
      rating: 3,
      awaitingReplySince: min(600),
      lastMessageAt: min(600),
    });
    await chat("g5", { customerName: "Review New", kind: "REVIEW", rating: 2, lastMessageAt: min(5) });
    const done = await chat("g7", { customerName: "Resolved Case", lastMessageAt: min(20) });
    await kase("f7", {
      chatId: done.id,
      status: "RESOLVED",
      deadlineAt: new Date(NOW + 2 * 3600_000),
      resolvedAt: min(60),
    });
    await chat("g8", { customerName: "Plain Chat", awaitingReplySince: min(30), lastMessageAt: min(30) });
    await chat("g9", { customerName: "Happy Review", kind: "REVIEW", rating: 5, lastMessageAt: min(1) });
    // Closed more than 30 days ago: out of the view (the report keeps them), the low-rated review too.
    const oldDone = await chat("g10", { customerName: "Resolved Long Ago", lastMessageAt: min(40 * 1440) });
    await kase("f10", { chatId: oldDone.id, status: "RESOLVED", resolvedAt: min(40 * 1440) });
    const oldPublished = await chat("g11", {
      customerName: "Published Review",
      kind: "REVIEW",
      rating: 1,
      lastMessageAt: min(45 * 1440),
    });
    await kase("f11", {
      chatId: oldPublished.id,
      reviewChatId: oldPublished.id,
      status: "PUBLISHED",
      publishedAt: min(45 * 1440),
    });
    // Yandex Market: an open case without a deadline (no hold window), answered on the review itself.
    const ymBase = { workspaceId: g.workspace.id, accountId: g.account.id, marketplace: "yandex_market" as const };
    const ym = await db.prisma.chat.create({
      data: {
        ...ymBase,
        externalId: "y1",
        customerName: "YM Review",
        kind: "REVIEW",
        rating: 2,
        awaitingReplySince: min(50),
        lastMessageAt: min(50),
      },
    });
    await db.prisma.negativeReviewCase.create({
      data: {
        ...ymBase,
        reviewExternalId: "y1",
        chatId: ym.id,
        reviewChatId: ym.id,
        rating: 2,
        originalRating: 2,
        hasHoldWindow: false,
        status: "IN_PROGRESS",
        reviewCreatedAt: min(50),
      },
    });

    const expected = [
      "Case Soon",
      "Case Late",
      "Review Old",
      "Review Held",
      "YM Review",
      "Review New",
      "Resolved Case",
    ];
    const all = await callRoute(chats.GET, { url: "http://localhost/api/chats?view=negative", userId: g.operator.id });
    expect(names(all)).toEqual(expected);
    for (const limit of [1, 2, 4]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 10; i++) {
        const res = await callRoute(chats.GET, {
          url: `http://localhost/api/chats?view=negative&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
          userId: g.operator.id,
        });
        seen.push(...names(res));
        cursor = res.json.nextCursor;
        if (!cursor) break;
      }
      expect(seen, `pages of ${limit}`).toEqual(expected);
    }
    // One marketplace: its cases and reviews only, in the same order.
    const onlyYm = await callRoute(chats.GET, {
      url: "http://localhost/api/chats?view=negative&marketplace=yandex_market",
      userId: g.operator.id,
    });
    expect(names(onlyYm)).toEqual(["YM Review"]);
    const onlyWb = await callRoute(chats.GET, {
      url: "http://localhost/api/chats?view=negative&marketplace=wildberries",
      userId: g.operator.id,
    });
    expect(names(onlyWb)).toEqual(expected.filter((n) => n !== "YM Review"));
    // By last message, the same set.
    const recent = await callRoute(chats.GET, {
      url: "http://localhost/api/chats?view=negative&sort=recent",
      userId: g.operator.id,
    });
    expect(names(recent).sort()).toEqual([...expected].sort());
  });
});

describe("Chat.hasNegativeCase (the Negative reviews view's index)", () => {
  it("follows the cases that name a chat, as their chat or their review: created, relinked, unlinked, deleted", async () => {
    const h = await createWorkspaceFixture({ name: "Delta", chats: 0 });
    const base = { workspaceId: h.workspace.id, accountId: h.account.id, marketplace: "wildberries" as const };
    const [first, second, review] = await Promise.all(
      ["d1", "d2", "d3"].map((externalId) =>
        db.prisma.chat.create({ data: { ...base, externalId, customerName: `Delta ${externalId}` } }),
      ),
    );
    const flags = async () =>
      (
        await db.prisma.chat.findMany({
          where: { workspaceId: h.workspace.id },
          orderBy: { externalId: "asc" },
          select: { hasNegativeCase: true },
        })
      ).map((c) => c.hasNegativeCase);
    expect(await flags()).toEqual([false, false, false]);
    const kase = await db.prisma.negativeReviewCase.create({
      data: {
        ...base,
        reviewExternalId: "r1",
        chatId: first!.id,
        reviewChatId: review!.id,
        rating: 1,
        originalRating: 1,
        hasHoldWindow: true,
        status: "IN_PROGRESS",
        reviewCreatedAt: new Date(),
      },
    });
    expect(await flags()).toEqual([true, false, true]);
    await db.prisma.negativeReviewCase.update({ where: { id: kase.id }, data: { chatId: second!.id } });
    expect(await flags()).toEqual([false, true, true]);
    // The same chat named twice: unlinking one case keeps the flag while the other names it.
    const other = await db.prisma.negativeReviewCase.create({
      data: {
        ...base,
        reviewExternalId: "r2",
        chatId: second!.id,
        rating: 2,
        originalRating: 2,
        hasHoldWindow: true,
        status: "AWAITING_BUYER",
        reviewCreatedAt: new Date(),
      },
    });
    await db.prisma.negativeReviewCase.update({ where: { id: kase.id }, data: { chatId: null } });
    expect(await flags()).toEqual([false, true, true]);
    await db.prisma.negativeReviewCase.delete({ where: { id: other.id } });
    expect(await flags()).toEqual([false, false, true]);
    // A chat deleted under its case: the case's link goes (ON DELETE SET NULL) and nothing fails.
    await db.prisma.chat.delete({ where: { id: review!.id } });
    expect(
      await db.prisma.negativeReviewCase.findUnique({ where: { id: kase.id }, select: { reviewChatId: true } }),
    ).toEqual({ reviewChatId: null });
    expect(await flags()).toEqual([false, false]);
  });
});
