import { toIso } from "@/lib/marketplaces/connector-kit";
import { optionalDate, requireDate } from "@/lib/marketplaces/parse-each";
import type { Chat, Message, MessageAuthor, Review } from "@/lib/marketplaces/schemas";
import { commentMessages, isAnsweredBySeller } from "@/lib/marketplaces/yandex_market/feedback-thread";
import type { YmChat, YmComment, YmFeedback, YmMessage } from "@/lib/marketplaces/yandex_market/schemas";

const AUTHORS: Record<string, MessageAuthor> = {
  CUSTOMER: "buyer",
  PARTNER: "seller",
  MARKET: "marketplace",
  SUPPORT: "marketplace",
};

/** Statuses in which Yandex Market itself says the shop owes an answer. */
export const YM_AWAITING_PARTNER = ["NEW", "WAITING_FOR_PARTNER"] as const;

function mimeFromName(name: string): string | null {
  const ext = name.split(".").pop()?.toLowerCase();
  return ext === "jpg" || ext === "jpeg"
    ? "image/jpeg"
    : ext === "png"
      ? "image/png"
      : ext === "pdf"
        ? "application/pdf"
        : null;
}

export function mapYmMessage({ message, chatId }: { message: YmMessage; chatId: string }): Message {
  return {
    externalId: message.messageId,
    chatExternalId: chatId,
    author: AUTHORS[message.sender] ?? "system",
    text: message.message ?? "",
    createdAt: requireDate(message.createdAt, "createdAt"),
    attachments: (message.payload ?? []).map((p) => {
      const mimeType = mimeFromName(p.name);
      return {
        externalId: null,
        url: p.url,
        fileName: p.name,
        mimeType,
        size: p.size ?? null,
        kind: mimeType?.startsWith("image/") ? "image" : "file",
      };
    }),
    isRead: null,
  };
}

export function mapYmChat({ chat }: { chat: YmChat }): Chat {
  return {
    externalId: chat.chatId,
    kind: "chat",
    customerName: chat.context.customer?.name ?? null,
    buyerId: chat.context.customer?.publicId ?? null,
    context: {
      orderId: chat.context.orderId ?? chat.orderId ?? null,
      returnId: chat.context.returnId ?? null,
      productId: null,
      itemTitle: null,
      itemUrl: null,
    },
    marketplaceStatus: chat.status,
    awaitingReply: (YM_AWAITING_PARTNER as readonly string[]).includes(chat.status),
    unreadCount: null,
    createdAt: optionalDate(chat.createdAt),
    // The catch-up window is decided on updatedAt: a chat without a usable one is kept aside.
    lastMessageAt: requireDate(chat.updatedAt, "updatedAt"),
    replyToken: null,
    // type ARBITRAGE is a dispute; its times come only with the CHAT_ARBITRAGE_* pushes.
    dispute: chat.type === "ARBITRAGE" ? { state: chat.status === "FINISHED" ? "finished" : "open", at: null } : null,
  };
}

/**
 * `comments`: the review's comment tree, or null when it was not read (then `answered` is only a guess
 * from the count of answers, good for ratings, not for deciding what to answer).
 */
export function mapYmFeedback({ feedback, comments }: { feedback: YmFeedback; comments: YmComment[] | null }): Review {
  const d = feedback.description;
  const createdAt = toIso(feedback.createdAt);
  return {
    externalId: feedback.feedbackId,
    kind: "review",
    rating: feedback.statistics.rating,
    text: d?.comment ?? "",
    pros: d?.advantages ?? null,
    cons: d?.disadvantages ?? null,
    productId: feedback.identifiers.offerId ?? null,
    productTitle: null,
    orderId: feedback.identifiers.orderId ?? null,
    customerName: feedback.author ?? null,
    createdAt,
    // Not `needReaction`: it turns false as soon as the shop merely opens the review in the cabinet.
    answered: comments ? isAnsweredBySeller({ comments }) : feedback.statistics.commentsCount > 0,
    answerText: null,
    answerEditable: null,
    photoUrls: feedback.media?.photos ?? [],
    ...(comments ? { replies: commentMessages({ comments, reviewCreatedAt: createdAt }) } : {}),
  };
}
