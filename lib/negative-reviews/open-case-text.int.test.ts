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

describe("openNegativeReviewCase", () => {
  it("opens the case of a long review whose emoji straddles the kept length, cut before the emoji", async () => {
    const review: Review = {
      externalId: "long-1",
      kind: "review",
      rating: 1,
      // 1,999 characters, then the emoji's two UTF-16 units at 1,999 and 2,000.
      text: `я${"плохо ".repeat(333)}😡 никогда больше`,
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
});
