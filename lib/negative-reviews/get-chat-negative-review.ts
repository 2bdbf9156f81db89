import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { FIRST_RESPONSE_SLA_MS } from "@/lib/negative-reviews/constants";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";

/**
 * The case a chat belongs to (as the review or as the linked chat), for the thread's case panel, with
 * the chats an operator may link instead (same account, opened around the review). Null when none.
 */
export async function getChatNegativeReview({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const db = prisma();
  const chat = await db.chat.findFirst({ where: { id: chatId, workspaceId }, select: { id: true } });
  if (!chat) throw notFound("Chat not found");
  const kase = await db.negativeReviewCase.findFirst({
    where: { workspaceId, OR: [{ chatId }, { reviewChatId: chatId }] },
    orderBy: { openedAt: "desc" },
    include: { resolvedBy: { select: { id: true, name: true } } },
  });
  if (!kase) return { case: null };
  const candidates = kase.hasHoldWindow
    ? await db.chat.findMany({
        where: {
          workspaceId,
          accountId: kase.accountId,
          kind: "CHAT",
          createdAt: {
            gte: elapsedDaysAfter({ at: kase.reviewCreatedAt, days: -1 }),
            lte: elapsedDaysAfter({ at: kase.reviewCreatedAt, days: 7 }),
          },
        },
        orderBy: { createdAt: "asc" },
        take: 20,
        select: { id: true, customerName: true, productId: true, productTitle: true, createdAt: true },
      })
    : [];
  const open = kase.status === "AWAITING_BUYER" || kase.status === "IN_PROGRESS";
  const firstResponseDueAt =
    kase.firstSellerResponseAt || !open ? null : new Date(kase.reviewCreatedAt.getTime() + FIRST_RESPONSE_SLA_MS);
  return {
    case: {
      id: kase.id,
      marketplace: kase.marketplace,
      status: kase.status,
      rating: kase.rating,
      originalRating: kase.originalRating,
      finalRating: kase.finalRating,
      text: kase.text,
      customerName: kase.customerName,
      productId: kase.productId,
      hasHoldWindow: kase.hasHoldWindow,
      chatId: kase.chatId,
      reviewChatId: kase.reviewChatId,
      linkConfidence: kase.linkConfidence,
      reviewCreatedAt: kase.reviewCreatedAt,
      firstBuyerReplyAt: kase.firstBuyerReplyAt,
      deadlineAt: kase.deadlineAt,
      firstSellerResponseAt: kase.firstSellerResponseAt,
      firstResponseDueAt,
      resolvedAt: kase.resolvedAt,
      resolvedBy: kase.resolvedBy,
      publishedAt: kase.publishedAt,
    },
    candidates,
  };
}
