import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { storeReviews } from "@/lib/ingest/sync-reviews";
import type { Review } from "@/lib/marketplaces/schemas";

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
});
