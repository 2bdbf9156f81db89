import {
  requestJson,
  type HttpContext,
  type RequestSpec,
  type VendorErrorDescription,
} from "@/lib/marketplaces/http/request";
import { perHour, type RateLimitInput } from "@/lib/marketplaces/http/rate-limit";
import type { OutgoingFile } from "@/lib/marketplaces/schemas";
import type { YandexMarketBaseUrls } from "@/lib/marketplaces/yandex_market/credentials";
import {
  ymChatHistoryResponseSchema,
  ymChatResponseSchema,
  ymChatsResponseSchema,
  ymCommentResponseSchema,
  ymCommentsResponseSchema,
  ymCreateChatResponseSchema,
  ymEmptyResponseSchema,
  ymErrorBodySchema,
  ymFeedbacksResponseSchema,
  ymMessageResponseSchema,
} from "@/lib/marketplaces/yandex_market/schemas";

// Yandex Market Partner API: header Api-Key; chatId/messageId are QUERY parameters; 420 = rate limited.

/** Hourly quotas from x-resource-limit-config, one bucket per method. */
export const YM_RATE_LIMITS: Record<string, RateLimitInput> = {
  getChats: perHour(5_000),
  getChatHistory: perHour(10_000),
  getChat: perHour(1_000),
  getChatMessage: perHour(1_000),
  createChat: perHour(1_000),
  sendMessageToChat: perHour(1_000),
  sendFileToChat: perHour(1_000),
  getGoodsFeedbacks: perHour(5_000),
  getGoodsFeedbackComments: perHour(5_000),
  updateGoodsFeedbackComment: perHour(1_000),
};

export function describeYmError({ body }: { body: unknown }): VendorErrorDescription | null {
  const parsed = ymErrorBodySchema.safeParse(body);
  const errors = parsed.success ? (parsed.data.errors ?? []) : [];
  if (errors.length === 0) return null;
  return { message: errors.map((e) => e.message || e.code).join("; "), vendorCode: errors[0]!.code };
}

export type YmApi = { ctx: HttpContext; base: YandexMarketBaseUrls; businessId: string };

function spec(
  api: YmApi,
  bucket: string,
  method: "GET" | "POST",
  path: string,
  extra: Partial<RequestSpec> = {},
): RequestSpec {
  return { method, url: `${api.base.api}/v2/businesses/${api.businessId}${path}`, bucket, ...extra };
}

export function ymGetChats({
  api,
  pageToken,
  statuses,
  limit = 20,
}: {
  api: YmApi;
  pageToken?: string | null;
  statuses?: string[];
  limit?: number;
}) {
  return requestJson(
    api.ctx,
    spec(api, "getChats", "POST", "/chats", { query: { pageToken, limit }, json: statuses ? { statuses } : {} }),
    ymChatsResponseSchema,
  );
}

export function ymGetChat({ api, chatId }: { api: YmApi; chatId: string }) {
  return requestJson(api.ctx, spec(api, "getChat", "GET", "/chat", { query: { chatId } }), ymChatResponseSchema);
}

export function ymGetChatHistory({
  api,
  chatId,
  pageToken,
  limit = 100,
}: {
  api: YmApi;
  chatId: string;
  pageToken?: string | null;
  limit?: number;
}) {
  return requestJson(
    api.ctx,
    spec(api, "getChatHistory", "POST", "/chats/history", { query: { chatId, pageToken, limit }, json: {} }),
    ymChatHistoryResponseSchema,
  );
}

export function ymGetChatMessage({ api, chatId, messageId }: { api: YmApi; chatId: string; messageId: string }) {
  return requestJson(
    api.ctx,
    spec(api, "getChatMessage", "GET", "/chats/message", { query: { chatId, messageId } }),
    ymMessageResponseSchema,
  );
}

export function ymSendMessage({ api, chatId, message }: { api: YmApi; chatId: string; message: string }) {
  return requestJson(
    api.ctx,
    spec(api, "sendMessageToChat", "POST", "/chats/message", { query: { chatId }, json: { message }, write: true }),
    ymEmptyResponseSchema,
  );
}

export function ymSendFile({ api, chatId, file }: { api: YmApi; chatId: string; file: OutgoingFile }) {
  const form = new FormData();
  form.append("file", new Blob([file.bytes], { type: file.mimeType }), file.fileName);
  return requestJson(
    api.ctx,
    spec(api, "sendFileToChat", "POST", "/chats/file/send", { query: { chatId }, form, write: true }),
    ymEmptyResponseSchema,
  );
}

export function ymCreateChat({ api, type, id }: { api: YmApi; type: "ORDER" | "RETURN"; id: string }) {
  return requestJson(
    api.ctx,
    spec(api, "createChat", "POST", "/chats/new", { json: { context: { type, id: BigInt(id) } }, write: true }),
    ymCreateChatResponseSchema,
  );
}

/** getGoodsFeedbacks takes at most this many feedbackIds; getGoodsFeedbackComments as many commentIds. */
export const YM_FEEDBACK_IDS_PER_CALL = 50;
/** PageLimit50: the largest page both goods-feedback lists allow. */
export const YM_FEEDBACK_PAGE = 50;

/**
 * Reviews by id (nothing else may go with `feedbackIds`), or every review (reactionStatus ALL) created
 * after `since` (exclusive, per spec); with no `since` the API answers the last 6 months.
 */
export function ymGetFeedbacks({
  api,
  pageToken,
  feedbackIds,
  since,
}: {
  api: YmApi;
  pageToken?: string | null;
  feedbackIds?: string[];
  since?: string | null;
}) {
  const json = feedbackIds
    ? { feedbackIds: feedbackIds.map((id) => BigInt(id)) }
    : { reactionStatus: "ALL", ...(since ? { dateTimeFrom: since } : {}) };
  return requestJson(
    api.ctx,
    spec(api, "getGoodsFeedbacks", "POST", "/goods-feedback", { query: { pageToken, limit: YM_FEEDBACK_PAGE }, json }),
    ymFeedbacksResponseSchema,
  );
}

/** The comments of one review (`feedbackId`) or these comments by id (at most 50, alone in the body). */
export function ymGetComments({
  api,
  pageToken,
  feedbackId,
  commentIds,
}: {
  api: YmApi;
  pageToken?: string | null;
  feedbackId?: string;
  commentIds?: string[];
}) {
  const json = commentIds ? { commentIds: commentIds.map((id) => BigInt(id)) } : { feedbackId: BigInt(feedbackId!) };
  return requestJson(
    api.ctx,
    spec(api, "getGoodsFeedbackComments", "POST", "/goods-feedback/comments", {
      query: { pageToken, limit: YM_FEEDBACK_PAGE },
      json,
    }),
    ymCommentsResponseSchema,
  );
}

/** Creates a comment (no id; under another comment with `parentId`) or updates the shop's existing one (with id). */
export function ymUpdateComment({
  api,
  feedbackId,
  text,
  commentId,
  parentId,
}: {
  api: YmApi;
  feedbackId: string;
  text: string;
  commentId?: string | null;
  parentId?: string | null;
}) {
  const comment = {
    ...(commentId ? { id: BigInt(commentId) } : {}),
    ...(parentId && !commentId ? { parentId: BigInt(parentId) } : {}),
    text,
  };
  return requestJson(
    api.ctx,
    spec(api, "updateGoodsFeedbackComment", "POST", "/goods-feedback/comments/update", {
      json: { feedbackId: BigInt(feedbackId), comment },
      write: true,
    }),
    ymCommentResponseSchema,
  );
}
