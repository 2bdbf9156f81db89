import { assertOutgoingAllowed, buildHttpContext, refuseOutgoing, unsupported } from "@/lib/marketplaces/connector-kit";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import { parseEach, parseOne } from "@/lib/marketplaces/parse-each";
import type { Chat, Message, SkippedRecord } from "@/lib/marketplaces/schemas";
import type { ConnectorInput, MarketplaceConnector } from "@/lib/marketplaces/types";
import {
  describeYmError,
  YM_FEEDBACK_IDS_PER_CALL,
  YM_RATE_LIMITS,
  ymCreateChat,
  ymGetChat,
  ymGetChatHistory,
  ymGetChatMessage,
  ymGetChats,
  ymGetComments,
  ymGetFeedbacks,
  ymSendFile,
  ymSendMessage,
  ymUpdateComment,
  type YmApi,
} from "@/lib/marketplaces/yandex_market/client";
import {
  yandexMarketBaseUrlsSchema,
  yandexMarketCredentialsSchema,
  type YandexMarketBaseUrls,
  type YandexMarketCredentials,
} from "@/lib/marketplaces/yandex_market/credentials";
import { commentMessage, commentTarget } from "@/lib/marketplaces/yandex_market/feedback-thread";
import { mapYmChat, mapYmFeedback, mapYmMessage, YM_AWAITING_PARTNER } from "@/lib/marketplaces/yandex_market/map";
import { nextYmPageToken, returnedYmPageToken } from "@/lib/marketplaces/yandex_market/page-token";
import type { YmComment, YmFeedback } from "@/lib/marketplaces/yandex_market/schemas";
import { YANDEX_MARKET_META } from "@/lib/marketplaces/yandex_market/meta";
import { ymChatSchema, ymFeedbackSchema, ymMessageSchema } from "@/lib/marketplaces/yandex_market/schemas";
import { handleYmWebhook } from "@/lib/marketplaces/yandex_market/webhook";

const M = "yandex_market" as const;
const MAX_PAGES = 200;
// getGoodsFeedbacks: "Максимальный интервал 6 месяцев" for dateTimeFrom..dateTimeTo (dateTimeTo = now).
const WINDOW_MONTHS = 6;

/** `since` moved inside the spec's 6-month window, a minute to spare for the clock. */
function clampSince(since: string | null | undefined, now: Date): string | null {
  if (!since || Number.isNaN(Date.parse(since))) return null;
  const earliest = new Date(now);
  earliest.setUTCMonth(earliest.getUTCMonth() - WINDOW_MONTHS);
  earliest.setUTCMinutes(earliest.getUTCMinutes() + 1);
  return new Date(Math.max(Date.parse(since), earliest.getTime())).toISOString();
}

/** The seller a businessId names: the cabinet is the seller's account. */
export const yandexMarketIdentity = ({ businessId }: { businessId: string }) => `business:${businessId}`;

export function createYandexMarketConnector({
  credentials,
  baseUrls,
  runtime = {},
}: ConnectorInput<YandexMarketCredentials, YandexMarketBaseUrls>): MarketplaceConnector {
  const { apiKey, businessId } = yandexMarketCredentialsSchema.parse(credentials);
  const ctx = buildHttpContext({
    marketplace: M,
    runtime,
    accountKey: accountKeyFrom({ parts: [M, businessId, apiKey] }),
    rateLimits: YM_RATE_LIMITS,
    describeError: describeYmError,
    rateLimitStatuses: [420, 429],
    authorize: async (headers) => headers.set("Api-Key", apiKey),
  });
  const api: YmApi = { ctx, base: yandexMarketBaseUrlsSchema.parse(baseUrls ?? {}), businessId };
  const now = runtime.now ?? (() => new Date());

  const readChats = (raw: unknown[]) =>
    parseEach({ kind: "yandex_market.chat", items: raw, schema: ymChatSchema, map: (chat) => mapYmChat({ chat }) });
  const readMessages = (raw: unknown[], chatId: string) =>
    parseEach({
      kind: "yandex_market.message",
      items: raw,
      schema: ymMessageSchema,
      map: (message) => mapYmMessage({ message, chatId }),
    });
  // Feedbacks are parsed one by one and mapped once without comments, so an unusable one is kept aside
  // before its comments are read; the review itself is mapped again with its thread.
  const readFeedbacks = (raw: unknown[]) =>
    parseEach({
      kind: "yandex_market.feedback",
      items: raw,
      schema: ymFeedbackSchema,
      map: (feedback) => (mapYmFeedback({ feedback, comments: null }), feedback),
    });

  async function allMessages(chatId: string, skipped: SkippedRecord[]): Promise<Message[]> {
    const out: Message[] = [];
    let pageToken: string | null = null;
    const seen = new Set<string>();
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await ymGetChatHistory({ api, chatId, pageToken });
      const read = readMessages(res.result?.messages ?? [], chatId);
      skipped.push(...read.skipped);
      out.push(...read.items);
      pageToken = nextYmPageToken({ seen, token: res.result?.paging?.nextPageToken });
      if (!pageToken) break;
    }
    return out;
  }

  async function commentsOf(feedbackId: string): Promise<YmComment[]> {
    const out: YmComment[] = [];
    let pageToken: string | null = null;
    const seen = new Set<string>();
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await ymGetComments({ api, feedbackId, pageToken });
      out.push(...(res.result?.comments ?? []));
      pageToken = nextYmPageToken({ seen, token: res.result?.paging?.nextPageToken });
      if (!pageToken) break;
    }
    return out;
  }

  // commentsCount counts the answers to the review itself, so with none there is no shop answer to read.
  async function withThreads(feedbacks: YmFeedback[]) {
    const out = [];
    for (const feedback of feedbacks) {
      const comments = feedback.statistics.commentsCount > 0 ? await commentsOf(feedback.feedbackId) : [];
      out.push(mapYmFeedback({ feedback, comments }));
    }
    return out;
  }

  return {
    marketplace: M,
    meta: YANDEX_MARKET_META,
    capabilities: YANDEX_MARKET_META.capabilities,

    async testConnection() {
      await ymGetChats({ api, limit: 1 });
      return { ok: true, accountLabel: null, warnings: [], identity: yandexMarketIdentity({ businessId }) };
    },

    // Cursor = the newest chat `updatedAt` seen. Boundary items (same timestamp) are returned again rather
    // than risk a miss; ingestion is idempotent by externalId.
    async fetchUpdates({ cursor }) {
      const since = cursor && !Number.isNaN(Date.parse(cursor)) ? new Date(cursor).toISOString() : null;
      const chats: Chat[] = [];
      const messages: Message[] = [];
      const skipped: SkippedRecord[] = [];
      let high = since;
      let pageToken: string | null = null;
      const seen = new Set<string>();
      for (let page = 0; page < MAX_PAGES; page++) {
        const res = await ymGetChats({ api, pageToken });
        const read = readChats(res.result?.chats ?? []);
        skipped.push(...read.skipped);
        for (const chat of read.items) {
          if (since && chat.lastMessageAt! < since) continue;
          chats.push(chat);
          const fresh = (await allMessages(chat.externalId, skipped)).filter((m) => !since || m.createdAt >= since);
          messages.push(...fresh);
          if (!high || chat.lastMessageAt! > high) high = chat.lastMessageAt;
        }
        pageToken = nextYmPageToken({ seen, token: res.result?.paging?.nextPageToken });
        if (!pageToken) break;
      }
      return { chats, messages, cursor: high, hasMore: false, skipped };
    },

    async listChats({ pageToken, awaitingReplyOnly }) {
      const res = await ymGetChats({
        api,
        pageToken,
        statuses: awaitingReplyOnly ? [...YM_AWAITING_PARTNER] : undefined,
      });
      const read = readChats(res.result?.chats ?? []);
      return {
        items: read.items,
        nextPageToken: returnedYmPageToken({ used: pageToken, token: res.result?.paging?.nextPageToken }),
        skipped: read.skipped,
      };
    },

    async fetchChat({ chatExternalId }) {
      const res = await ymGetChat({ api, chatId: chatExternalId });
      return parseOne({
        kind: "yandex_market.chat",
        item: res.result,
        schema: ymChatSchema,
        map: (chat) => mapYmChat({ chat }),
      });
    },

    async listMessages({ chat, pageToken }) {
      const res = await ymGetChatHistory({ api, chatId: chat.externalId, pageToken });
      const read = readMessages(res.result?.messages ?? [], chat.externalId);
      return {
        items: read.items,
        nextPageToken: returnedYmPageToken({ used: pageToken, token: res.result?.paging?.nextPageToken }),
        skipped: read.skipped,
      };
    },

    async fetchMessage({ chatExternalId, messageExternalId }) {
      const res = await ymGetChatMessage({ api, chatId: chatExternalId, messageId: messageExternalId });
      return parseOne({
        kind: "yandex_market.message",
        item: res.result,
        schema: ymMessageSchema,
        map: (message) => mapYmMessage({ message, chatId: chatExternalId }),
      });
    },

    async sendMessage({ chat, text, files = [] }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: YANDEX_MARKET_META.capabilities, text, files });
      if (text.trim()) await ymSendMessage({ api, chatId: chat.externalId, message: text });
      for (const file of files) await ymSendFile({ api, chatId: chat.externalId, file });
      return { externalId: null, chatExternalId: chat.externalId, createdAt: now().toISOString(), warnings: [] };
    },

    async startChat({ context }) {
      const res = await ymCreateChat({ api, type: context.type === "return" ? "RETURN" : "ORDER", id: context.id });
      if (!res.result) refuseOutgoing(M, { code: "chat_not_created" }, res.status ?? null);
      return { chatExternalId: res.result.chatId };
    },

    // Every review of the window (reactionStatus ALL): "answered" is decided from the shop's comments, not
    // from needReaction, so `unansweredOnly` cannot be asked of the API and the caller gets them all.
    async listReviews({ kind, pageToken, since, archive }) {
      if (kind !== "review" || archive)
        return unsupported(M, archive ? "listReviews(archive)" : "listReviews(question)")();
      const res = await ymGetFeedbacks({ api, pageToken, since: clampSince(since, now()) });
      const read = readFeedbacks(res.result?.feedbacks ?? []);
      return {
        items: await withThreads(read.items),
        nextPageToken: returnedYmPageToken({ used: pageToken, token: res.result?.paging?.nextPageToken }),
        skipped: read.skipped,
      };
    },

    async getReviews({ ids, ratingsOnly = false }) {
      if (ids.length > YM_FEEDBACK_IDS_PER_CALL)
        throw new Error(`getReviews: at most ${YM_FEEDBACK_IDS_PER_CALL} ids per call`);
      if (!ids.length) return [];
      const res = await ymGetFeedbacks({ api, feedbackIds: ids });
      // Re-reads of reviews already listed: an unusable one was kept aside when it was listed.
      const { items } = readFeedbacks(res.result?.feedbacks ?? []);
      return ratingsOnly ? items.map((feedback) => mapYmFeedback({ feedback, comments: null })) : withThreads(items);
    },

    async getReviewComments({ ids }) {
      if (ids.length > YM_FEEDBACK_IDS_PER_CALL)
        throw new Error(`getReviewComments: at most ${YM_FEEDBACK_IDS_PER_CALL} ids per call`);
      if (!ids.length) return [];
      const out: Message[] = [];
      let pageToken: string | null = null;
      const seen = new Set<string>();
      for (let page = 0; page < MAX_PAGES; page++) {
        const res = await ymGetComments({ api, commentIds: ids, pageToken });
        out.push(
          ...(res.result?.comments ?? []).map((comment) => commentMessage({ comment, createdAt: now().toISOString() })),
        );
        pageToken = nextYmPageToken({ seen, token: res.result?.paging?.nextPageToken });
        if (!pageToken) break;
      }
      return out;
    },

    // The thread is read first: an existing shop answer is edited (comment.id), a buyer's comment after
    // it is answered under it (parentId), and only a review with no answer gets a new one.
    async answerReview({ review, text }) {
      if (review.kind !== "review") return unsupported(M, "answerReview(question)")();
      const target = commentTarget({ comments: await commentsOf(review.externalId) });
      const res = await ymUpdateComment({ api, feedbackId: review.externalId, text, ...target });
      // An answer without `result` (optional in the spec) still means the comment was taken.
      return { answerExternalId: res.result?.id ?? null };
    },

    async handleWebhook({ body }) {
      return handleYmWebhook({
        body,
        integration: runtime.integration ?? { name: "agentiq-inbox", version: "1.0.0" },
        now: now(),
      });
    },

    markRead: unsupported(M, "markRead"),
    downloadAttachment: unsupported(M, "downloadAttachment"),
    listMessageTypes: unsupported(M, "listMessageTypes"),
    getBuyerLocale: unsupported(M, "getBuyerLocale"),
    subscribeWebhook: unsupported(M, "subscribeWebhook"),
  };
}
