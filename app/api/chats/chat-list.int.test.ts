import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import * as chats from "@/app/api/chats/route";
import * as counts from "@/app/api/chats/counts/route";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { listChats } from "@/lib/inbox/list-chats";

// GET /api/chats: views, urgency and recency order, keyset pages, search; GET /api/chats/counts.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const NOW = Date.now();
const min = (n: number) => new Date(NOW - n * 60_000);

type Row = {
  id: string;
  customerName: string;
  dueAt: string | null;
  kind: string;
  assignee: { id: string; name: string } | null;
};
const names = (res: { json: { chats: Row[] } }) => res.json.chats.map((c) => c.customerName);

async function list(query: string, userId = a.operator.id) {
  const res = await callRoute(chats.GET, { url: `http://localhost/api/chats?${query}`, userId });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res;
}

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 1 });
  const ozon = await db.prisma.marketplaceAccount.create({
    data: { workspaceId: a.workspace.id, marketplace: "ozon", name: "Ozon", credentialsEnc: "x" },
  });
  const base = { workspaceId: a.workspace.id, accountId: a.account.id, marketplace: "wildberries" as const };
  const chat = (externalId: string, data: Record<string, unknown>) =>
    db.prisma.chat.create({ data: { ...base, externalId, ...data } });
  // Awaiting a reply: "overdue" by its classifier SLA, "soon" by the default day, "later" by a future SLA.
  await chat("1", {
    customerName: "Overdue Olga",
    awaitingReplySince: min(120),
    slaDueAt: min(60),
    lastMessageAt: min(120),
    orderId: "12345678-1234-1",
  });
  await chat("2", {
    customerName: "Soon Sergey",
    awaitingReplySince: min(23 * 60),
    lastMessageAt: min(5),
    assigneeId: a.operator.id,
  });
  await chat("3", {
    customerName: "Later Lena",
    awaitingReplySince: min(1),
    slaDueAt: new Date(NOW + 3 * 3600_000),
    lastMessageAt: min(1),
    ...{ accountId: ozon.id, marketplace: "ozon" },
  });
  // Not awaiting: sorted after every awaiting chat, most recent first.
  await chat("4", { customerName: "Answered Anna", lastMessageAt: min(0.5), productTitle: "Платье льняное" });
  await chat("5", { customerName: "Resolved Roman", status: "RESOLVED", lastMessageAt: min(30) });
  await chat("6", {
    customerName: "Question Quentin",
    kind: "QUESTION",
    awaitingReplySince: min(10),
    lastMessageAt: min(10),
  });
  await chat("7", {
    customerName: "Review Rita",
    kind: "REVIEW",
    rating: 2,
    lastMessageAt: min(40),
    messages: { create: [{ author: "BUYER", text: "Шов разошёлся после стирки" }] },
  });
  await chat("8", {
    customerName: "Snoozed Sam",
    awaitingReplySince: min(300),
    lastMessageAt: min(300),
    snoozedUntil: new Date(NOW + 3600_000),
  });
  await chat("9", {
    customerName: "Woken Wanda",
    awaitingReplySince: min(400),
    lastMessageAt: min(400),
    snoozedUntil: min(1),
  });
  await chat("10", {
    customerName: "Closed Clara",
    status: "CLOSED",
    lastMessageAt: min(50),
    messages: { create: [{ author: "BUYER", text: "Где мой заказ? Доставка задерживается" }] },
  });
});
afterAll(() => db.cleanup());

describe("GET /api/chats", () => {
  it("needs reply, by urgency: overdue first, then by time left; snoozed chats stay out until the time comes", async () => {
    const res = await list("");
    // Due: Olga an hour ago (her SLA), Quentin in 50 min (a question's hour), Sergey in 60 min (a chat's
    // day), Lena in 3 h (her SLA), Wanda in ~17 h (her snooze is over); Sam is snoozed.
    expect(names(res)).toEqual(["Overdue Olga", "Question Quentin", "Soon Sergey", "Later Lena", "Woken Wanda"]);
    const olga = res.json.chats.find((c: Row) => c.customerName === "Overdue Olga")!;
    expect(new Date(olga.dueAt!).getTime()).toBe(min(60).getTime());
    expect(res.json.chats.find((c: Row) => c.customerName === "Soon Sergey")!.assignee).toEqual({
      id: a.operator.id,
      name: "Alpha operator",
    });
  });

  it("the other views", async () => {
    expect(names(await list("view=all&sort=recent"))).toEqual([
      "Answered Anna",
      "Later Lena",
      "Soon Sergey",
      "Question Quentin",
      "Resolved Roman",
      "Review Rita",
      "Closed Clara",
      "Overdue Olga",
      "Snoozed Sam",
      "Woken Wanda",
    ]);
    expect(names(await list("view=mine"))).toEqual(["Soon Sergey"]);
    expect(names(await list("view=mine", a.owner.id))).toEqual([]);
    expect(names(await list("view=resolved"))).toEqual(["Resolved Roman"]);
    expect(names(await list("view=questions"))).toEqual(["Question Quentin"]);
    expect(names(await list("view=reviews"))).toEqual(["Review Rita"]);
    expect(names(await list("view=negative"))).toEqual(["Review Rita"]);
    expect(names(await list("view=all&marketplace=ozon"))).toEqual(["Later Lena"]);
    // Links bookmarked before the ids were unified.
    expect(names(await list("view=all&marketplace=OZON"))).toEqual(["Later Lena"]);
    expect(names(await list("view=all&marketplace=yandex-market"))).toEqual([]);
  });

  it("urgency order puts chats nobody awaits after the awaiting ones, most recent first", async () => {
    expect(names(await list("view=all"))).toEqual([
      "Overdue Olga",
      "Question Quentin",
      "Soon Sergey",
      "Later Lena",
      "Woken Wanda",
      "Snoozed Sam",
      "Answered Anna",
      "Resolved Roman",
      "Review Rita",
      "Closed Clara",
    ]);
  });

  it("pages with a keyset cursor, in both orders, without gaps or repeats", async () => {
    for (const sort of ["urgency", "recent"]) {
      const whole = names(await list(`view=all&sort=${sort}`));
      const seen: string[] = [];
      let cursor = "";
      for (let i = 0; i < 10; i++) {
        const res = await list(`view=all&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
        seen.push(...names(res));
        if (!res.json.nextCursor) break;
        cursor = res.json.nextCursor;
      }
      expect(seen).toEqual(whole);
    }
    const mismatched = await list("view=all&sort=recent&limit=2");
    const bad = await callRoute(chats.GET, {
      url: `http://localhost/api/chats?view=all&sort=urgency&cursor=${mismatched.json.nextCursor}`,
      userId: a.operator.id,
    });
    expect(bad.status).toBe(400);
  });

  it("searches customer names, order ids, products and message text by word prefix", async () => {
    expect(names(await list("view=all&q=olg"))).toEqual(["Overdue Olga"]);
    expect(names(await list("view=all&q=12345678-12"))).toEqual(["Overdue Olga"]);
    expect(names(await list("view=all&q=ПЛАТЬЕ"))).toEqual(["Answered Anna"]);
    expect(names(await list("view=all&q=доставк"))).toEqual(["Closed Clara"]);
    expect(names(await list("view=all&q=шов стирк"))).toEqual(["Review Rita"]);
    expect(names(await list("view=needs_reply&q=доставк"))).toEqual([]);
    expect(names(await list("view=all&q=" + encodeURIComponent("!!! ' \\ &|")))).toEqual([]);
  });

  it("gives the same answer whichever search strategy runs (window scan, index hits, full scan)", async () => {
    const query = chatListQuerySchema.parse({ view: "all", sort: "recent", q: "s", limit: 2 });
    const run = (window: number, rareBelow: number, hitCap: number) =>
      listChats({
        workspaceId: a.workspace.id,
        userId: a.operator.id,
        query,
        searchLimits: { window, rareBelow, hitCap },
      }).then((r) => r.chats.map((c) => c.customerName));
    const expected = await run(200, 3, 2_000);
    expect(expected).toEqual(["Soon Sergey", "Snoozed Sam"]);
    expect(await run(1, 3, 2_000)).toEqual(expected); // nothing in the window: a rare word, index hits
    expect(await run(1, 3, 1)).toEqual(expected); // too many index hits: scan in sort order
    expect(await run(1, 0, 2_000)).toEqual(expected); // not rare: scan in sort order
  });

  it("never shows another workspace's chats, even when searching their text", async () => {
    expect(names(await list("view=all&q=Beta"))).toEqual([]);
    const theirs = await list("view=all", b.operator.id);
    expect(names(theirs)).toEqual(["Beta buyer 0"]);
  });
});

describe("GET /api/chats/counts", () => {
  it("counts chats that need a reply per marketplace, for the member's workspace only", async () => {
    const res = await callRoute(counts.GET, { userId: a.owner.id });
    expect(res.status).toBe(200);
    expect(res.json.needsReply).toEqual({
      total: 5,
      byMarketplace: { wildberries: 4, ozon: 1, yandex_market: 0, avito: 0, amazon: 0 },
    });
    const theirs = await callRoute(counts.GET, { userId: b.owner.id });
    expect(theirs.json.needsReply.total).toBe(0);
  });
});

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
