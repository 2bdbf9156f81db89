import { z } from "zod";
import type { SimContext } from "@/lib/marketplaces/simulator/context";
import { randomBuyerName } from "@/lib/marketplaces/simulator/context";
import type { SimState } from "@/lib/marketplaces/simulator/state";

// Negative-review scenarios (control API): a 1–3★ review the marketplace holds, the chat Wildberries
// opens about it with its template message, and the buyer's later change of rating.

export const negativeReviewInputSchema = z.object({
  marketplace: z.enum(["wildberries", "yandex_market"]),
  rating: z.number().int().min(1).max(5).default(2),
  text: z.string().min(1).default("Ткань тонкая, после первой стирки села на размер"),
  customerName: z.string().min(1).optional(),
  nmId: z.number().int().positive().optional(),
  /** Wildberries: open the template chat at once (default) or later with openChat. */
  openChat: z.boolean().default(true),
});
export const ratingUpdateInputSchema = z.object({
  marketplace: z.enum(["wildberries", "yandex_market"]),
  feedbackId: z.string().min(1),
  rating: z.number().int().min(1).max(5),
  text: z.string().min(1).default("Продавец помог, вопрос решён"),
});

export const WB_REVIEW_TEMPLATE = (rating: number, product: string) =>
  `Покупатель оставил отзыв с оценкой ${rating}★ на товар «${product}». Отзыв не будет опубликован, пока вы общаетесь с покупателем: после его первого ответа у вас есть 72 часа, чтобы решить вопрос.`;

const wbId = () => crypto.randomUUID().replaceAll("-", "").slice(0, 20);

export function addNegativeReview(state: SimState, ctx: SimContext, raw: z.input<typeof negativeReviewInputSchema>) {
  const input = negativeReviewInputSchema.parse(raw);
  const name = input.customerName ?? randomBuyerName();
  const now = ctx.now().toISOString();
  if (input.marketplace === "yandex_market") {
    const feedbackId = ++state.ym.seq;
    state.ym.feedbacks.push({
      feedbackId,
      createdAt: now,
      needReaction: true,
      identifiers: { orderId: 5_000_000 + feedbackId, offerId: `SKU-${feedbackId}` },
      author: name,
      description: { comment: input.text, disadvantages: "Качество" },
      statistics: { rating: input.rating, commentsCount: 0, recommended: false },
      comments: [],
    });
    ctx.pushWebhook("yandex_market", {
      notificationType: "GOODS_FEEDBACK_CREATED",
      feedbackId,
      businessId: Number(ctx.credentials.yandex_market.businessId),
      createdAt: now,
      publishedAt: now,
    });
    return { feedbackId: String(feedbackId), chatId: null };
  }
  const nmId = input.nmId ?? 20_000_000 + Math.floor(Math.random() * 1e7);
  const product = {
    imtId: nmId + 1,
    nmId,
    productName: "Платье льняное",
    supplierArticle: `LN-${nmId % 1000}`,
    supplierName: "ГП Реклама и услуги",
    brandName: "Лён и Ко",
    size: "44",
  };
  const feedback = {
    id: wbId(),
    text: input.text,
    pros: "",
    cons: "Село после стирки",
    productValuation: input.rating,
    createdDate: now,
    answer: null,
    state: "none",
    productDetails: product,
    photoLinks: [],
    userName: name,
    wasViewed: false,
    parentFeedbackId: null as string | null,
    childFeedbackId: null as string | null,
  };
  state.wbFeedbacks.feedbacks.push(feedback);
  const chatId = input.openChat ? openReviewChat(state, ctx, { feedbackId: feedback.id }) : null;
  return { feedbackId: feedback.id, chatId };
}

/** Wildberries opens a chat about a held review: the first message is its own template (sender "wb"). */
export function openReviewChat(state: SimState, ctx: SimContext, { feedbackId }: { feedbackId: string }): string {
  const feedback = state.wbFeedbacks.feedbacks.find((f) => f.id === feedbackId);
  if (!feedback) throw new Error(`simulator: no feedback ${feedbackId}`);
  const chatID = `1:${crypto.randomUUID()}`;
  const at = Math.max(ctx.now().getTime(), (state.wbChat.events.at(-1)?.addTimestamp ?? 0) + 1);
  const goodCard = {
    date: new Date(at).toISOString(),
    nmID: feedback.productDetails.nmId,
    price: 2490,
    priceCurrency: "RUB",
    rid: crypto.randomUUID().replaceAll("-", ""),
    size: "44",
  };
  const chat = {
    chatID,
    replySign: `${chatID}:${Math.floor(Math.random() * 1e8)}:${crypto.randomUUID().replaceAll("-", "")}`,
    clientName: feedback.userName ?? "Покупатель",
    goodCard,
  };
  state.wbChat.chats.set(chatID, chat);
  state.wbChat.events.push({
    chatID,
    eventID: crypto.randomUUID(),
    eventType: "message",
    isNewChat: true,
    replySign: chat.replySign,
    message: {
      attachments: { goodCard },
      text: WB_REVIEW_TEMPLATE(feedback.productValuation, feedback.productDetails.productName),
    },
    source: "global",
    addTimestamp: at,
    addTime: new Date(at).toISOString().replace(/\.\d+Z$/, "Z"),
    sender: "wb",
    clientName: feedback.userName,
  });
  return chatID;
}

/** The buyer changes the rating: Wildberries adds a supplemented feedback naming the first; Yandex Market edits it. */
export function updateReviewRating(state: SimState, ctx: SimContext, raw: z.input<typeof ratingUpdateInputSchema>) {
  const input = ratingUpdateInputSchema.parse(raw);
  if (input.marketplace === "yandex_market") {
    const fb = state.ym.feedbacks.find((f) => String(f.feedbackId) === input.feedbackId);
    if (!fb) throw new Error(`simulator: no feedback ${input.feedbackId}`);
    fb.statistics.rating = input.rating;
    fb.description.comment = input.text;
    return { feedbackId: input.feedbackId };
  }
  const parent = state.wbFeedbacks.feedbacks.find((f) => f.id === input.feedbackId);
  if (!parent) throw new Error(`simulator: no feedback ${input.feedbackId}`);
  const child = {
    ...parent,
    id: wbId(),
    text: input.text,
    cons: "",
    productValuation: input.rating,
    createdDate: ctx.now().toISOString(),
    answer: null,
    parentFeedbackId: parent.id,
    childFeedbackId: null,
  };
  parent.childFeedbackId = child.id;
  state.wbFeedbacks.feedbacks.push(child);
  return { feedbackId: child.id };
}
