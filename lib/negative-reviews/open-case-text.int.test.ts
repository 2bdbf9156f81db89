import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNegativeReviewCase } from "@/lib/negative-reviews/open-negative-review-case";
import type { Review } from "@/lib/marketplaces/schemas";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// A buyer's review text is kept on the case up to 2,000 characters: an emoji on the cut must not be
// halved, or the case (and the review's whole import) fails on text the database refuses.

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Long review", chats: 0 });
});
afterAll(() => db.cleanup());

const base: Review = {
  externalId: "",
  kind: "review",
  rating: 1,
  text: "",
  pros: null,
  cons: null,
  productId: "123",
  productTitle: "Кружка",
  orderId: null,
  customerName: "Анна",
  createdAt: new Date().toISOString(),
  answered: false,
  answerText: null,
  answerEditable: null,
  photoUrls: [],
};

describe("openNegativeReviewCase", () => {
  it("opens the case of a long review whose emoji straddles the kept length, cut before the emoji", async () => {
    const review: Review = {
      ...base,
      externalId: "long-1",
      rating: 1,
      // 1,999 characters, then the emoji's two UTF-16 units at 1,999 and 2,000.
      text: `я${"плохо ".repeat(333)}😡 никогда больше`,
    };
    const { created } = await openNegativeReviewCase({
      account: { id: fx.account.id, workspaceId: fx.workspace.id, marketplace: "wildberries" },
      review,
      reviewChatId: null,
    });
    expect(created).toBe(true);
    const kase = await db.prisma.negativeReviewCase.findFirstOrThrow({
      where: { workspaceId: fx.workspace.id },
      select: { text: true },
    });
    expect(kase.text).toBe(review.text.slice(0, 1999));
  });

  it("keeps the whole review on the case: its text, pros and cons, with no labels", async () => {
    const review: Review = {
      ...base,
      externalId: "parts-1",
      rating: 2,
      text: "Шов разошёлся",
      pros: "Цвет",
      cons: "Качество пошива",
    };
    const { caseId } = await openNegativeReviewCase({
      account: { id: fx.account.id, workspaceId: fx.workspace.id, marketplace: "wildberries" },
      review,
      reviewChatId: null,
    });
    const kase = await db.prisma.negativeReviewCase.findUniqueOrThrow({
      where: { id: caseId },
      select: { text: true },
    });
    expect(kase.text).toBe("Шов разошёлся\nЦвет\nКачество пошива");
  });
});
