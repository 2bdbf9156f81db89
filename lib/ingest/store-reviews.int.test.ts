import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { storeReviews } from "@/lib/ingest/sync-reviews";
import type { Review } from "@/lib/marketplaces/schemas";
import { classifyMessage } from "@/lib/ai/classify-message";
import { listMessages } from "@/lib/inbox/list-messages";

// A review's conversation and its rating are one write: a reader never sees the review without its
// rating, and a rating that cannot be stored leaves no half-stored review behind (the push is retried).

let db: TestDatabase;
let ws: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  ws = await createWorkspaceFixture({ name: "Reviews", chats: 0 });
});
afterAll(async () => {
  await db.cleanup();
});

const review = (externalId: string, rating: number): Review => ({
  externalId,
  kind: "review",
  rating,
  text: "Пришёл с царапиной",
  pros: null,
  cons: null,
  productId: "SKU-1",
  productTitle: "Чайник",
  orderId: null,
  customerName: "Олег",
  createdAt: new Date().toISOString(),
  answered: false,
  answerText: null,
  answerEditable: null,
  photoUrls: [],
});

describe("storeReviews", () => {
  it("stores the review's conversation with its rating", async () => {
    await storeReviews({ account: ws.account, reviews: [review("r-1", 2)] });
    expect(
      await db.prisma.chat.findFirst({
        where: { accountId: ws.account.id, kind: "REVIEW", externalId: "r-1" },
        select: { rating: true },
      }),
    ).toEqual({ rating: 2 });
  });

  it("a rating the database refuses leaves neither the conversation nor its messages", async () => {
    // Past PostgreSQL's integer: the ratings statement fails inside the transaction.
    await expect(storeReviews({ account: ws.account, reviews: [review("r-2", 2 ** 40)] })).rejects.toThrow();
    expect(await db.prisma.chat.count({ where: { accountId: ws.account.id, externalId: "r-2" } })).toBe(0);
    expect(await db.prisma.message.count({ where: { externalId: "review:r-2" } })).toBe(0);
  });

  it("keeps the pros and cons apart from the text, worded nowhere; the preview and the classifier read all three", async () => {
    const full = {
      ...review("r-3", 3),
      text: "Цвет как на фото",
      pros: "Лёгкий",
      cons: "Не тот размер, хочу обменять",
    };
    const bare = { ...review("r-4", 1), text: "", pros: null, cons: "Не работает" };
    await storeReviews({ account: ws.account, reviews: [full, bare] });
    const stored = await db.prisma.message.findMany({
      where: { externalId: { in: ["review:r-3", "review:r-4"] } },
      orderBy: { externalId: "asc" },
      select: { text: true, reviewPros: true, reviewCons: true, intent: true, sentiment: true, chat: true },
    });
    expect(stored.map(({ text, reviewPros, reviewCons }) => ({ text, reviewPros, reviewCons }))).toEqual([
      { text: "Цвет как на фото", reviewPros: "Лёгкий", reviewCons: "Не тот размер, хочу обменять" },
      { text: "", reviewPros: null, reviewCons: "Не работает" },
    ]);
    expect(stored.map((m) => m.chat.lastMessagePreview)).toEqual([
      "Цвет как на фото\nЛёгкий\nНе тот размер, хочу обменять",
      "Не работает",
    ]);
    // The text alone asks about availability; the cons ask for an exchange.
    const alone = classifyMessage({ text: "Цвет как на фото", marketplace: "wildberries" });
    expect(alone.intent).not.toBe("return");
    expect(stored[0]).toMatchObject({ intent: "return" });
    expect(stored[1]!.sentiment).not.toBeNull();
    // The thread's API hands the parts to the reader's screen, which labels them.
    const thread = await listMessages({
      workspaceId: ws.workspace.id,
      chatId: stored[0]!.chat.id,
      query: { limit: 10 },
      locale: "en",
    });
    expect(thread.messages[0]).toMatchObject({ reviewPros: "Лёгкий", reviewCons: "Не тот размер, хочу обменять" });
  });
});
