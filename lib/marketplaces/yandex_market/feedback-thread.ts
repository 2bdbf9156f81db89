import type { Message, MessageAuthor } from "@/lib/marketplaces/schemas";
import type { YmComment } from "@/lib/marketplaces/yandex_market/schemas";

// A goods-feedback review's comment tree, read with getGoodsFeedbackComments. `needReaction` only says
// whether the shop has opened, skipped or commented the review, so whether it is answered is decided
// here, from the shop's own comments (author type BUSINESS = the cabinet).

const AUTHORS: Record<string, MessageAuthor> = { USER: "buyer", BUSINESS: "seller", BRAND: "marketplace" };
// A BANNED answer is not shown to buyers, and DELETED is gone: neither answers the review.
const VISIBLE = new Set(["PUBLISHED", "UNMODERATED"]);

const isShopAnswer = (c: YmComment) => c.author?.type === "BUSINESS" && !c.parentId;

/** The review has a visible answer of the shop's own (a reply to the review, not to another comment). */
export function isAnsweredBySeller({ comments }: { comments: YmComment[] }): boolean {
  return comments.some((c) => isShopAnswer(c) && VISIBLE.has(c.status));
}

/** The shop's answer to the review that an operator's new text should replace, if any. */
export function sellerAnswer({ comments }: { comments: YmComment[] }): YmComment | null {
  return comments.filter((c) => isShopAnswer(c) && c.status !== "DELETED" && c.canModify !== false).at(-1) ?? null;
}

/**
 * Where an operator's reply goes: with no answer yet, a new answer to the review; when a buyer wrote
 * under the review after the shop's answer (comments come in publication order, per the spec), a reply
 * under that buyer's comment; otherwise the shop's existing answer is edited.
 */
export function commentTarget({
  comments,
}: {
  comments: YmComment[];
}): { commentId: string } | { parentId: string } | Record<string, never> {
  const answer = sellerAnswer({ comments });
  if (!answer) return {};
  const after = comments.slice(comments.indexOf(answer) + 1);
  const buyer = after.filter((c) => c.author?.type === "USER" && c.status !== "DELETED").at(-1);
  const answeredAfter = buyer
    ? after.slice(after.indexOf(buyer) + 1).some((c) => c.author?.type === "BUSINESS")
    : false;
  return buyer && !answeredAfter ? { parentId: buyer.id } : { commentId: answer.id };
}

/**
 * The comments as thread messages (chatExternalId = review id). Comments carry no time of their own, so
 * they are placed just after the review in their publication order; a push's own time wins when the
 * comment arrives that way first.
 */
export function commentMessages({
  comments,
  reviewCreatedAt,
}: {
  comments: YmComment[];
  reviewCreatedAt: string;
}): Message[] {
  const base = Date.parse(reviewCreatedAt);
  return comments
    .filter((c) => c.status !== "DELETED")
    .map((c, i) => commentMessage({ comment: c, createdAt: new Date(base + (i + 1) * 1000).toISOString() }));
}

export function commentMessage({ comment, createdAt }: { comment: YmComment; createdAt: string }): Message {
  return {
    externalId: comment.id,
    chatExternalId: comment.feedbackId,
    author: AUTHORS[comment.author?.type ?? ""] ?? "system",
    text: comment.text,
    createdAt,
    attachments: [],
    isRead: null,
  };
}
