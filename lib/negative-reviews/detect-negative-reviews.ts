import { prisma } from "@/lib/db";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { descriptorOf } from "@/lib/marketplaces/registry";
import type { Review } from "@/lib/marketplaces/schemas";
import { advanceNegativeReviewCases } from "@/lib/negative-reviews/advance-negative-review-cases";
import { NEGATIVE_MAX_RATING } from "@/lib/negative-reviews/constants";
import { linkNegativeReviewChats } from "@/lib/negative-reviews/link-negative-review-chats";
import { openNegativeReviewCase } from "@/lib/negative-reviews/open-negative-review-case";
import { withDomainEvent } from "@/lib/events/bus";

type AccountRef = { id: string; workspaceId: string; marketplace: Marketplace };

/**
 * Called by the review sync with what it stored: opens a case for each unanswered 1–3★ review
 * (Wildberries: pending feedbacks; Yandex Market: goods feedback with no comment of the shop's own), and records a
 * buyer's new rating (a supplemented Wildberries feedback names its parent; a Yandex Market rating
 * changes in place) as the case's final rating.
 */
export async function detectNegativeReviews({ account, reviews }: { account: AccountRef; reviews: Review[] }) {
  const cases = descriptorOf({ marketplace: account.marketplace }).reviewCases;
  if (!cases) return { opened: 0, ratingUpdates: 0 };
  const db = prisma();
  const rated = reviews.filter((r) => r.kind === "review" && r.rating !== null);
  const ids = [...new Set(rated.flatMap((r) => [r.externalId, ...(r.parentExternalId ? [r.parentExternalId] : [])]))];
  const known = await db.negativeReviewCase.findMany({
    where: { accountId: account.id, reviewExternalId: { in: ids } },
    select: { id: true, reviewExternalId: true, rating: true },
  });
  const caseByReview = new Map(known.map((c) => [c.reviewExternalId, c]));
  let ratingUpdates = 0;
  let opened = 0;
  for (const r of rated) {
    const updated = caseByReview.get(r.parentExternalId ?? "") ?? caseByReview.get(r.externalId);
    if (updated) {
      if (updated.rating !== r.rating) {
        await withDomainEvent(
          { name: "negative-reviews/case.changed", data: { caseId: updated.id, workspaceId: account.workspaceId } },
          (tx) =>
            tx.negativeReviewCase.update({
              where: { id: updated.id },
              data: { rating: r.rating!, finalRating: r.rating! },
            }),
        );
        ratingUpdates += 1;
      }
      continue;
    }
    if (r.answered || r.rating! > NEGATIVE_MAX_RATING) continue;
    const reviewChat = await db.chat.findUnique({
      where: { accountId_kind_externalId: { accountId: account.id, kind: "REVIEW", externalId: r.externalId } },
      select: { id: true },
    });
    const { caseId, created } = await openNegativeReviewCase({
      account,
      review: r,
      reviewChatId: reviewChat?.id ?? null,
    });
    if (created) {
      opened += 1;
      caseByReview.set(r.externalId, { id: caseId, reviewExternalId: r.externalId, rating: r.rating! });
    }
  }
  if (opened && cases.opensReviewChat) {
    await advanceNegativeReviewCases({ caseIds: await linkNegativeReviewChats({ accountId: account.id }) });
  } else if (opened) {
    await advanceNegativeReviewCases({ caseIds: [...caseByReview.values()].map((c) => c.id) });
  }
  return { opened, ratingUpdates };
}
