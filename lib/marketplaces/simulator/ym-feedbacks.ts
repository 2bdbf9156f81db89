import type { SimContext } from "@/lib/marketplaces/simulator/context";
import { recordSent } from "@/lib/marketplaces/simulator/context";
import { json, readJson, type SimRequest, type SimResponse } from "@/lib/marketplaces/simulator/http-utils";

// Yandex Market goods-feedback (reviews and their comment trees) as the spec describes them: reviews and
// comments in publication order; `needReaction` turns false when the shop opens the review in the cabinet
// (openYmFeedback), skips it or comments it, and says nothing about whether the shop answered.

export type YmSimComment = {
  id: number;
  text: string;
  status: string;
  parentId?: number;
  author: { type: "USER" | "BUSINESS" | "BRAND"; name: string };
  canModify?: boolean;
};
export type YmSimFeedback = {
  feedbackId: number;
  createdAt: string;
  needReaction: boolean;
  identifiers: { orderId: number; offerId: string };
  author: string;
  description: { advantages?: string; disadvantages?: string; comment?: string };
  statistics: { rating: number; commentsCount: number; recommended: boolean };
  comments: YmSimComment[];
};
type FeedbackState = { feedbacks: YmSimFeedback[]; seq: number };

const IDS_PER_CALL = 50; // feedbackIds / commentIds maxItems
const SIX_MONTHS_MS = 184 * 24 * 3_600_000; // "Максимальный интервал 6 месяцев": the longest six months

export function ymError(status: number, code: string, message: string): SimResponse {
  return json(status, { status: "ERROR", errors: [{ code, message }] });
}

export const page = <T>(items: T[], token: string | null, limit: number) => {
  const offset = token ? Number(Buffer.from(token, "base64url").toString()) : 0;
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit < items.length ? Buffer.from(String(offset + limit)).toString("base64url") : undefined;
  return { slice, paging: next ? { nextPageToken: next } : {} };
};

/** PageLimit50: 1..50, default 25; null when out of range. */
function limit50(req: SimRequest, maxPageSize: number): number | null {
  const raw = req.query.get("limit");
  const n = raw === null ? 25 : Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? Math.min(n, maxPageSize) : null;
}

const commentDto = (f: YmSimFeedback, c: YmSimComment) => ({
  id: c.id,
  text: c.text,
  status: c.status,
  feedbackId: f.feedbackId,
  author: c.author,
  ...(c.parentId ? { parentId: c.parentId } : {}),
  ...(c.author.type === "BUSINESS" ? { canModify: c.canModify ?? true } : {}),
});

export function ymFeedbacks(
  state: FeedbackState & { maxPageSize: number },
  req: SimRequest,
  ctx: SimContext,
  rest: string,
): SimResponse {
  const limit = limit50(req, state.maxPageSize);
  if (limit === null && rest !== "/goods-feedback/comments/update")
    return ymError(400, "BAD_REQUEST", "limit must be 1..50");
  if (rest === "/goods-feedback") {
    const body = (readJson(req) ?? {}) as {
      reactionStatus?: string;
      feedbackIds?: Array<number | string>;
      dateTimeFrom?: string;
      dateTimeTo?: string;
    };
    if (body.feedbackIds && (Object.keys(body).length > 1 || body.feedbackIds.length > IDS_PER_CALL))
      return ymError(400, "BAD_REQUEST", "feedbackIds: at most 50, with no other filter");
    const to = body.dateTimeTo ? Date.parse(body.dateTimeTo) : ctx.now().getTime();
    const from = body.dateTimeFrom ? Date.parse(body.dateTimeFrom) : to - SIX_MONTHS_MS;
    if (Number.isNaN(from) || Number.isNaN(to) || to - from > SIX_MONTHS_MS)
      return ymError(400, "BAD_REQUEST", "the period must be at most 6 months");
    const ids = body.feedbackIds ? new Set(body.feedbackIds.map(Number)) : null;
    const inWindow = (f: YmSimFeedback) => Date.parse(f.createdAt) > from && Date.parse(f.createdAt) < to;
    const all = state.feedbacks.filter((f) =>
      ids ? ids.has(f.feedbackId) : inWindow(f) && (body.reactionStatus !== "NEED_REACTION" || f.needReaction),
    );
    const { slice, paging } = page(all, req.query.get("pageToken"), limit!);
    return json(200, { status: "OK", result: { feedbacks: slice.map(({ comments: _c, ...f }) => f), paging } });
  }
  if (rest === "/goods-feedback/comments") {
    const body = (readJson(req) ?? {}) as { feedbackId?: number | string; commentIds?: Array<number | string> };
    if (body.commentIds && (body.feedbackId !== undefined || body.commentIds.length > IDS_PER_CALL))
      return ymError(400, "BAD_REQUEST", "commentIds: at most 50, with no other filter");
    const ids = body.commentIds ? new Set(body.commentIds.map(Number)) : null;
    const all = state.feedbacks.flatMap((f) =>
      ids || f.feedbackId === Number(body.feedbackId)
        ? f.comments.filter((c) => (!ids || ids.has(c.id)) && c.status !== "DELETED").map((c) => commentDto(f, c))
        : [],
    );
    const { slice, paging } = page(all, req.query.get("pageToken"), limit!);
    return json(200, { status: "OK", result: { comments: slice, paging } });
  }
  if (rest === "/goods-feedback/comments/update") {
    const body = readJson(req) as {
      feedbackId?: number | string;
      comment?: { id?: number | string; parentId?: number | string; text?: string };
    } | null;
    const feedback = state.feedbacks.find((f) => f.feedbackId === Number(body?.feedbackId));
    const text = body?.comment?.text ?? "";
    if (!feedback) return ymError(400, "FEEDBACK_NOT_FOUND", "Отзыв не найден");
    if (text.length < 1 || text.length > 4096) return ymError(400, "BAD_REQUEST", "text length must be 1..4096");
    let comment: YmSimComment | undefined;
    if (body?.comment?.id !== undefined) {
      comment = feedback.comments.find((c) => c.id === Number(body.comment!.id) && c.author.type === "BUSINESS");
      if (!comment) return ymError(400, "COMMENT_NOT_FOUND", "Комментарий магазина не найден");
      comment.text = text;
    } else {
      const parentId = body?.comment?.parentId !== undefined ? Number(body.comment.parentId) : undefined;
      if (parentId !== undefined && !feedback.comments.some((c) => c.id === parentId))
        return ymError(400, "COMMENT_NOT_FOUND", "Родительский комментарий не найден");
      comment = {
        id: ++state.seq,
        text,
        status: "PUBLISHED",
        author: { type: "BUSINESS", name: "Магазин" },
        ...(parentId ? { parentId } : {}),
      };
      feedback.comments.push(comment);
      if (!parentId) feedback.statistics.commentsCount += 1;
    }
    feedback.needReaction = false;
    recordSent(ctx, {
      marketplace: "yandex_market",
      kind: "review_answer",
      chatId: String(feedback.feedbackId),
      text,
      extra: {
        commentId: body?.comment?.id !== undefined ? String(body.comment.id) : null,
        parentId: comment.parentId ? String(comment.parentId) : null,
      },
    });
    return json(200, { status: "OK", result: commentDto(feedback, comment) });
  }
  return ymError(404, "NOT_FOUND", `no route ${rest}`);
}

/** The seller opens the review in the cabinet: read, not answered. */
export function openYmFeedback(state: FeedbackState, { feedbackId }: { feedbackId: string }) {
  const feedback = state.feedbacks.find((f) => String(f.feedbackId) === feedbackId);
  if (!feedback) throw new Error(`simulator: no feedback ${feedbackId}`);
  feedback.needReaction = false;
}

/** Someone comments under a review (the buyer by default; BUSINESS = the seller in the cabinet), pushed as GOODS_FEEDBACK_COMMENT_CREATED. */
export function addYmFeedbackComment(
  state: FeedbackState,
  ctx: SimContext,
  {
    feedbackId,
    text,
    parentId,
    author = "USER",
  }: { feedbackId: string; text: string; parentId?: string; author?: "USER" | "BUSINESS" | "BRAND" },
): { commentId: string } {
  const feedback = state.feedbacks.find((f) => String(f.feedbackId) === feedbackId);
  if (!feedback) throw new Error(`simulator: no feedback ${feedbackId}`);
  const comment: YmSimComment = {
    id: ++state.seq,
    text,
    status: "PUBLISHED",
    author: { type: author, name: author === "USER" ? feedback.author : "Магазин" },
    ...(parentId ? { parentId: Number(parentId) } : {}),
  };
  feedback.comments.push(comment);
  if (!parentId) feedback.statistics.commentsCount += 1;
  if (author === "BUSINESS") feedback.needReaction = false;
  ctx.pushWebhook("yandex_market", {
    notificationType: "GOODS_FEEDBACK_COMMENT_CREATED",
    commentId: comment.id,
    businessId: Number(ctx.credentials.yandex_market.businessId),
    createdAt: ctx.now().toISOString(),
  });
  return { commentId: String(comment.id) };
}
