import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import * as chats from "@/app/api/chats/route";
import * as counts from "@/app/api/chats/counts/route";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { listChats } from "@/lib/inbox/list-chats";
import { names, type ChatRow } from "@/lib/test/chat-rows";

// GET /api/chats: views, urgency and recency order, keyset pages, search; GET /api/chats/counts.

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const NOW = Date.now();
const min = (n: number) => new Date(NOW - n * 60_000);

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
    messages: {
      create: [{ author: "BUYER", text: "Шов разошёлся после стирки", reviewPros: "Мягкий", reviewCons: "Линяет" }],
    },
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
    const olga = res.json.chats.find((c: ChatRow) => c.customerName === "Overdue Olga")!;
    expect(new Date(olga.dueAt!).getTime()).toBe(min(60).getTime());
    expect(res.json.chats.find((c: ChatRow) => c.customerName === "Soon Sergey")!.assignee).toEqual({
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

  it("searches customer names, order ids, products and message text (a review's pros and cons too) by word prefix", async () => {
    expect(names(await list("view=all&q=olg"))).toEqual(["Overdue Olga"]);
    expect(names(await list("view=all&q=12345678-12"))).toEqual(["Overdue Olga"]);
    expect(names(await list("view=all&q=ПЛАТЬЕ"))).toEqual(["Answered Anna"]);
    expect(names(await list("view=all&q=доставк"))).toEqual(["Closed Clara"]);
    expect(names(await list("view=all&q=шов стирк"))).toEqual(["Review Rita"]);
    // A review's pros and cons, stored apart from its text, are searched too.
    expect(names(await list("view=all&q=мягк"))).toEqual(["Review Rita"]);
    expect(names(await list("view=all&q=шов линяет"))).toEqual(["Review Rita"]);
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
