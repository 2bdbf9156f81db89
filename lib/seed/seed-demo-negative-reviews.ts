import { prisma } from "@/lib/db";
import type { DemoMarketplace } from "@/lib/seed/build-demo-chats";

const H = 3_600_000;
// Message ids are fixed ("zz-…" sorts after the generated demo content, which the seed test compares).
const TEMPLATE = (rating: number, product: string) =>
  `Покупатель оставил отзыв с оценкой ${rating}★ на товар «${product}». Отзыв не будет опубликован, пока вы общаетесь с покупателем: после его первого ответа у вас есть 72 часа, чтобы решить вопрос.`;

type Demo = {
  name: string; product: string; nmId: string; rating: number; text: string;
  reviewAgoH: number; buyerReplyAgoH: number | null; sellerAgoH: number | null;
  status: "AWAITING_BUYER" | "IN_PROGRESS" | "RESOLVED" | "PUBLISHED"; link: "HIGH" | "MEDIUM" | "LOW"; finalRating?: number;
};

// Wildberries cases in every state: two held until the buyer replies, one in its last 12 hours,
// one with days left, and a handled and a published one for the report.
const WB_CASES: Demo[] = [
  { name: "Ольга Смирнова", product: "Платье льняное миди", nmId: "204518733", rating: 2, text: "Село после первой стирки на размер", reviewAgoH: 0.2, buyerReplyAgoH: null, sellerAgoH: null, status: "AWAITING_BUYER", link: "HIGH" },
  { name: "Игорь", product: "Кроссовки беговые", nmId: "187220451", rating: 1, text: "Подошва отклеилась через неделю", reviewAgoH: 3, buyerReplyAgoH: null, sellerAgoH: null, status: "AWAITING_BUYER", link: "MEDIUM" },
  { name: "Анна К.", product: "Джинсы прямые", nmId: "176330912", rating: 2, text: "Цвет не как на фото", reviewAgoH: 66, buyerReplyAgoH: 64, sellerAgoH: 63.5, status: "IN_PROGRESS", link: "HIGH" },
  { name: "Сергей", product: "Рубашка оксфорд", nmId: "165110823", rating: 3, text: "Пуговица оторвалась", reviewAgoH: 15, buyerReplyAgoH: 14, sellerAgoH: null, status: "IN_PROGRESS", link: "LOW" },
  { name: "Мария", product: "Свитер вязаный", nmId: "154900117", rating: 2, text: "Колется", reviewAgoH: 120, buyerReplyAgoH: 118, sellerAgoH: 117.5, status: "RESOLVED", link: "HIGH", finalRating: 5 },
  { name: "Павел", product: "Шарф кашемировый", nmId: "143800229", rating: 1, text: "Пришёл с затяжкой", reviewAgoH: 200, buyerReplyAgoH: 190, sellerAgoH: 170, status: "PUBLISHED", link: "HIGH" },
];

/** Demo negative-review cases, so the inbox and the report show the feature on first start. */
export async function seedDemoNegativeReviews({ workspaceId, accountIds, userIds, now }: { workspaceId: string; accountIds: Record<DemoMarketplace, string>; userIds: string[]; now: Date }) {
  const db = prisma();
  const ago = (h: number) => new Date(now.getTime() - h * H);
  const [, operatorId] = userIds;
  for (const [i, c] of WB_CASES.entries()) {
    const messages = [
      { author: "MARKETPLACE" as const, text: TEMPLATE(c.rating, c.product), createdAt: ago(c.reviewAgoH - 0.05), externalId: `demo-nr-wb-${i}-t`, id: `zz-demo-nr-wb-${i}-t` },
      ...(c.buyerReplyAgoH !== null ? [{ author: "BUYER" as const, text: `Здравствуйте. ${c.text}, очень расстроена покупкой.`, createdAt: ago(c.buyerReplyAgoH), externalId: `demo-nr-wb-${i}-b`, id: `zz-demo-nr-wb-${i}-b` }] : []),
      ...(c.sellerAgoH !== null ? [{ author: "SELLER" as const, status: "SENT" as const, text: "Здравствуйте! Нам очень жаль. Предлагаем замену или возврат — как вам удобнее?", createdAt: ago(c.sellerAgoH), externalId: `demo-nr-wb-${i}-s`, id: `zz-demo-nr-wb-${i}-s` }] : []),
    ];
    const last = messages.at(-1)!;
    const chat = await db.chat.create({
      data: {
        workspaceId, accountId: accountIds.WILDBERRIES, marketplace: "WILDBERRIES", kind: "CHAT", externalId: `demo-nr-wb-${i}`, contextType: "PRODUCT",
        productId: c.nmId, productTitle: c.product, customerName: c.name, createdAt: messages[0]!.createdAt, lastMessageAt: last.createdAt, lastMessagePreview: last.text.slice(0, 140),
        awaitingReplySince: last.author === "BUYER" ? last.createdAt : null, unreadCount: last.author === "BUYER" ? 1 : 0,
        status: c.status === "RESOLVED" ? "RESOLVED" : "OPEN", assigneeId: i % 2 ? operatorId : null,
        messages: { create: messages },
      },
    });
    const reply = c.buyerReplyAgoH !== null ? ago(c.buyerReplyAgoH) : null;
    const deadline = reply ? new Date(reply.getTime() + 72 * H) : null;
    await db.negativeReviewCase.create({
      data: {
        workspaceId, accountId: accountIds.WILDBERRIES, marketplace: "WILDBERRIES", reviewExternalId: `demo-nr-wb-${i}`, chatId: chat.id, linkConfidence: c.link,
        productId: c.nmId, customerName: c.name, text: c.text, rating: c.finalRating ?? c.rating, originalRating: c.rating, finalRating: c.finalRating ?? null,
        hasHoldWindow: true, status: c.status, reviewCreatedAt: ago(c.reviewAgoH), openedAt: ago(c.reviewAgoH), firstBuyerReplyAt: reply, deadlineAt: deadline,
        firstSellerResponseAt: c.sellerAgoH !== null ? ago(c.sellerAgoH) : null, firstResponseMs: c.sellerAgoH !== null ? Math.round((c.reviewAgoH - c.sellerAgoH) * H) : null,
        resolvedAt: c.status === "RESOLVED" ? ago(c.buyerReplyAgoH! - 20) : null, resolvedById: c.status === "RESOLVED" ? operatorId : null,
        publishedAt: c.status === "PUBLISHED" ? deadline : null,
      },
    });
  }
  // Yandex Market: no hold window; the answer is a comment on the review itself.
  const review = await db.chat.create({
    data: {
      workspaceId, accountId: accountIds.YANDEX_MARKET, marketplace: "YANDEX_MARKET", kind: "REVIEW", externalId: "demo-nr-ym-1", contextType: "PRODUCT", productId: "SKU-4410",
      productTitle: "Пальто демисезонное", customerName: "Екатерина", rating: 2, createdAt: ago(2), lastMessageAt: ago(2), lastMessagePreview: "Маломерит на размер, рукава короткие",
      awaitingReplySince: ago(2), unreadCount: 1, marketplaceStatus: "NEED_REACTION",
      messages: { create: [{ author: "BUYER", text: "Маломерит на размер, рукава короткие", createdAt: ago(2), externalId: "review:demo-nr-ym-1", id: "zz-demo-nr-ym-1" }] },
    },
  });
  await db.negativeReviewCase.create({
    data: {
      workspaceId, accountId: accountIds.YANDEX_MARKET, marketplace: "YANDEX_MARKET", reviewExternalId: "demo-nr-ym-1", reviewChatId: review.id, chatId: review.id, linkConfidence: "HIGH",
      productId: "SKU-4410", customerName: "Екатерина", text: "Маломерит на размер, рукава короткие", rating: 2, originalRating: 2, hasHoldWindow: false, status: "IN_PROGRESS",
      reviewCreatedAt: ago(2), openedAt: ago(2),
    },
  });
  return { cases: WB_CASES.length + 1 };
}
