import { prisma } from "@/lib/db";
import { buildDemoNegativeReviews } from "@/lib/seed/demo-negative-reviews";
import type { DemoMarketplace } from "@/lib/seed/demo-ids";

const H = 3_600_000;

/** Demo negative-review cases, so the inbox and the report show the feature on first start. */
export async function seedDemoNegativeReviews({
  workspaceId,
  accountIds,
  userIds,
  now,
  seed,
}: {
  workspaceId: string;
  accountIds: Record<DemoMarketplace, string>;
  userIds: string[];
  now: Date;
  seed: number;
}) {
  const db = prisma();
  const [, operatorId] = userIds;
  const { wb, ym } = buildDemoNegativeReviews({ seed, now });
  for (const [i, c] of wb.entries()) {
    const last = c.messages.at(-1)!;
    const chat = await db.chat.create({
      data: {
        workspaceId,
        accountId: accountIds.wildberries,
        marketplace: "wildberries",
        kind: "CHAT",
        externalId: c.chatId,
        contextType: "ORDER",
        orderId: c.orderId,
        productId: c.nmId,
        productTitle: c.product,
        customerName: c.name,
        createdAt: c.messages[0]!.createdAt,
        lastMessageAt: last.createdAt,
        lastMessagePreview: last.text.slice(0, 140),
        awaitingReplySince: last.author === "BUYER" ? last.createdAt : null,
        unreadCount: last.author === "BUYER" ? 1 : 0,
        replyToken: c.replySign,
        status: c.status === "RESOLVED" ? "RESOLVED" : "OPEN",
        assigneeId: i % 2 ? operatorId : null,
        messages: {
          create: c.messages.map((m) => ({ ...m, ...(m.author === "SELLER" ? { status: "SENT" as const } : {}) })),
        },
      },
    });
    // The review itself, as review import stores it (lib/ingest/sync-reviews.ts).
    const reviewMessages = [
      {
        author: "BUYER" as const,
        text: c.text,
        createdAt: c.reviewCreatedAt,
        externalId: `review:${c.feedbackId}`,
        id: `zz-demo-nr-wb-${i}-r`,
      },
      ...(c.answer
        ? [
            {
              author: "SELLER" as const,
              status: "SENT" as const,
              text: c.answer.text,
              createdAt: c.answer.createdAt,
              externalId: `review:${c.feedbackId}:answer`,
              id: `zz-demo-nr-wb-${i}-ra`,
            },
          ]
        : []),
    ];
    const reviewLast = reviewMessages.at(-1)!;
    const review = await db.chat.create({
      data: {
        workspaceId,
        accountId: accountIds.wildberries,
        marketplace: "wildberries",
        kind: "REVIEW",
        externalId: c.feedbackId,
        contextType: "PRODUCT",
        productId: c.nmId,
        productTitle: c.product,
        customerName: c.name,
        rating: c.finalRating ?? c.rating,
        createdAt: c.reviewCreatedAt,
        lastMessageAt: reviewLast.createdAt,
        lastMessagePreview: reviewLast.text.slice(0, 140),
        awaitingReplySince: c.answer ? null : c.reviewCreatedAt,
        unreadCount: c.answer ? 0 : 1,
        marketplaceStatus: c.answer ? "ANSWERED" : "NEED_REACTION",
        status: c.answer ? "RESOLVED" : "OPEN",
        messages: { create: reviewMessages },
      },
    });
    await db.negativeReviewCase.create({
      data: {
        workspaceId,
        accountId: accountIds.wildberries,
        marketplace: "wildberries",
        reviewExternalId: c.feedbackId,
        reviewChatId: review.id,
        chatId: chat.id,
        linkConfidence: c.link,
        productId: c.nmId,
        customerName: c.name,
        text: c.text,
        rating: c.finalRating ?? c.rating,
        originalRating: c.rating,
        finalRating: c.finalRating ?? null,
        hasHoldWindow: true,
        status: c.status,
        reviewCreatedAt: c.reviewCreatedAt,
        openedAt: c.reviewCreatedAt,
        firstBuyerReplyAt: c.firstBuyerReplyAt,
        deadlineAt: c.deadlineAt,
        firstSellerResponseAt: c.firstSellerResponseAt,
        firstResponseMs: c.sellerAgoH !== null ? Math.round((c.reviewAgoH - c.sellerAgoH) * H) : null,
        resolvedAt: c.status === "RESOLVED" ? new Date(now.getTime() - (c.buyerReplyAgoH! - 20) * H) : null,
        resolvedById: c.status === "RESOLVED" ? operatorId : null,
        publishedAt: c.status === "PUBLISHED" ? c.deadlineAt : null,
      },
    });
  }
  // Yandex Market: no hold window; the answer is a comment on the review itself.
  const review = await db.chat.create({
    data: {
      workspaceId,
      accountId: accountIds.yandex_market,
      marketplace: "yandex_market",
      kind: "REVIEW",
      externalId: ym.feedbackId,
      contextType: "PRODUCT",
      productId: ym.offerId,
      orderId: ym.orderId,
      productTitle: ym.product,
      customerName: ym.name,
      rating: ym.rating,
      createdAt: ym.createdAt,
      lastMessageAt: ym.createdAt,
      lastMessagePreview: ym.text,
      awaitingReplySince: ym.createdAt,
      unreadCount: 1,
      marketplaceStatus: "NEED_REACTION",
      messages: {
        create: [
          {
            author: "BUYER",
            text: ym.text,
            createdAt: ym.createdAt,
            externalId: `review:${ym.feedbackId}`,
            id: "zz-demo-nr-ym-1",
          },
        ],
      },
    },
  });
  await db.negativeReviewCase.create({
    data: {
      workspaceId,
      accountId: accountIds.yandex_market,
      marketplace: "yandex_market",
      reviewExternalId: ym.feedbackId,
      reviewChatId: review.id,
      chatId: review.id,
      linkConfidence: "HIGH",
      productId: ym.offerId,
      customerName: ym.name,
      text: ym.text,
      rating: ym.rating,
      originalRating: ym.rating,
      hasHoldWindow: false,
      status: "IN_PROGRESS",
      reviewCreatedAt: ym.createdAt,
      openedAt: ym.createdAt,
    },
  });
  return { cases: wb.length + 1 };
}
