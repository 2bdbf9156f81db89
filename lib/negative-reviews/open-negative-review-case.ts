import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/is-unique-violation";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { descriptorOf } from "@/lib/marketplaces/registry";
import type { Review } from "@/lib/marketplaces/schemas";
import { emitCaseEvent } from "@/lib/negative-reviews/emit-case-event";
import { withDomainEvent } from "@/lib/events/bus";
import { cutText } from "@/lib/text/cut-text";
import { fullReviewText } from "@/lib/text/review-text";

type AccountRef = { id: string; workspaceId: string; marketplace: Marketplace };

/**
 * Opens the case for a low-rated review, once per (account, review). Wildberries holds the review,
 * so the case waits for the buyer; Yandex Market has published it, so work starts at once and the
 * review itself is where the seller answers (a comment).
 */
export async function openNegativeReviewCase({
  account,
  review,
  reviewChatId,
}: {
  account: AccountRef;
  review: Review;
  reviewChatId: string | null;
}) {
  const hold = descriptorOf({ marketplace: account.marketplace }).reviewCases?.holdWindowMs != null;
  const rating = review.rating ?? 1;
  const where = { accountId_reviewExternalId: { accountId: account.id, reviewExternalId: review.externalId } };
  const existing = await prisma().negativeReviewCase.findUnique({ where, select: { id: true } });
  if (existing) return { caseId: existing.id, created: false };
  try {
    const created = await withDomainEvent<{ id: string }>(
      (c) => ({
        name: "negative-reviews/case.changed",
        data: { caseId: c.id, workspaceId: account.workspaceId, chatId: reviewChatId },
      }),
      (tx) =>
        tx.negativeReviewCase.create({
          data: {
            workspaceId: account.workspaceId,
            accountId: account.id,
            marketplace: account.marketplace,
            reviewExternalId: review.externalId,
            reviewChatId,
            chatId: hold ? null : reviewChatId,
            linkConfidence: hold ? null : reviewChatId ? "HIGH" : null,
            productId: review.productId,
            customerName: review.customerName,
            text: cutText(fullReviewText(review), 2000),
            rating,
            originalRating: rating,
            hasHoldWindow: hold,
            status: hold ? "AWAITING_BUYER" : "IN_PROGRESS",
            reviewCreatedAt: new Date(review.createdAt),
          },
          select: { id: true },
        }),
    );
    await emitCaseEvent({ event: "opened", caseId: created.id });
    return { caseId: created.id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const row = await prisma().negativeReviewCase.findUniqueOrThrow({ where, select: { id: true } });
    return { caseId: row.id, created: false };
  }
}
