import { wbTokenIdentity } from "@/lib/marketplaces/wildberries/token-identity";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import { MarketplaceAuthError, MarketplaceRejectedError } from "@/lib/marketplaces/http/errors";
import { assertOutgoingAllowed, buildHttpContext, toIso, unsupported } from "@/lib/marketplaces/connector-kit";
import type { ChatRef } from "@/lib/marketplaces/schemas";
import type { ConnectorRuntimeOptions, MarketplaceConnector } from "@/lib/marketplaces/types";
import {
  describeWbError,
  WB_RATE_LIMITS,
  wbAnswerFeedback,
  wbAnswerQuestion,
  wbDownload,
  wbListChats,
  wbListEvents,
  wbListFeedbacks,
  wbListQuestions,
  wbPing,
  wbSendMessage,
  type WbApi,
} from "@/lib/marketplaces/wildberries/client";
import {
  wildberriesBaseUrlsSchema,
  wildberriesCredentialsSchema,
  type WildberriesBaseUrls,
  type WildberriesCredentials,
} from "@/lib/marketplaces/wildberries/credentials";
import { WILDBERRIES_META } from "@/lib/marketplaces/wildberries/meta";
import { mapWbChat, mapWbEventsToChats, mapWbEventToMessage, mapWbFeedback, mapWbQuestion } from "@/lib/marketplaces/wildberries/map";

const M = "wildberries" as const;
const REVIEW_PAGE = 100;

export function createWildberriesConnector({
  credentials,
  baseUrls,
  runtime = {},
}: {
  credentials: WildberriesCredentials;
  baseUrls?: Partial<WildberriesBaseUrls>;
  runtime?: ConnectorRuntimeOptions;
}): MarketplaceConnector {
  const { token } = wildberriesCredentialsSchema.parse(credentials);
  const base = wildberriesBaseUrlsSchema.parse(baseUrls ?? {});
  const ctx = buildHttpContext({
    marketplace: M,
    runtime,
    accountKey: accountKeyFrom({ parts: [M, token] }),
    rateLimits: WB_RATE_LIMITS,
    describeError: describeWbError,
    authorize: async (headers) => headers.set("Authorization", token),
  });
  const api: WbApi = { ctx, base };
  const meta = WILDBERRIES_META;

  async function replySignFor(chat: ChatRef): Promise<string> {
    if (chat.replyToken) return chat.replyToken;
    const list = await wbListChats({ api });
    const found = (list.result ?? []).find((c) => c.chatID === chat.externalId);
    if (!found) {
      const reason = "Нет replySign для этого чата: Wildberries не вернул чат в списке, ответить нельзя";
      throw new MarketplaceRejectedError({ marketplace: M, message: reason, reason, vendorCode: "NO_REPLY_SIGN" });
    }
    return found.replySign;
  }

  return {
    marketplace: M,
    meta,
    capabilities: meta.capabilities,

    async testConnection() {
      await wbPing({ api, service: "chat" });
      await wbListChats({ api });
      const warnings: string[] = [];
      try {
        await wbListQuestions({ api, isAnswered: false, take: 1, skip: 0 });
      } catch (error) {
        if (!(error instanceof MarketplaceAuthError)) throw error;
        warnings.push(`Токен не даёт доступа к отзывам и вопросам: ${error.message}`);
      }
      return { ok: true, accountLabel: null, warnings, identity: wbTokenIdentity({ token }) };
    },

    async fetchUpdates({ cursor }) {
      const next = cursor && /^\d+$/.test(cursor) ? Number(cursor) : null;
      const { result } = await wbListEvents({ api, next });
      const events = result.events ?? [];
      const needsList = events.length > 0 && mapWbEventsToChats({ events }).some((c) => !c.replyToken);
      const known = needsList ? ((await wbListChats({ api })).result ?? []) : [];
      return {
        chats: mapWbEventsToChats({ events, known }),
        messages: events.filter((e) => e.eventType === "message").map((event) => mapWbEventToMessage({ event })),
        cursor: result.next != null && result.next > 0 ? String(result.next) : cursor,
        hasMore: result.totalEvents > 0,
      };
    },

    async listChats() {
      const list = await wbListChats({ api });
      return { items: (list.result ?? []).map((chat) => mapWbChat({ chat })), nextPageToken: null };
    },

    async fetchChat({ chatExternalId }) {
      const list = await wbListChats({ api });
      const found = (list.result ?? []).find((c) => c.chatID === chatExternalId);
      if (!found) throw new MarketplaceRejectedError({ marketplace: M, message: "chat not found", reason: "Чат не найден" });
      return mapWbChat({ chat: found });
    },

    async sendMessage({ chat, text, files = [] }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: meta.capabilities, text, files });
      const replySign = await replySignFor(chat);
      const sent = await wbSendMessage({ api, replySign, text, files });
      return {
        externalId: null, // WB returns no message id; the events feed brings it back (source "seller-public-api")
        chatExternalId: sent.result.chatID || chat.externalId,
        createdAt: toIso(sent.result.addTime),
        warnings: sent.errors ?? [],
      };
    },

    async downloadAttachment({ attachment }) {
      if (!attachment.externalId) {
        throw new MarketplaceRejectedError({ marketplace: M, message: "no downloadID", reason: "У вложения нет downloadID" });
      }
      return wbDownload({ api, downloadId: attachment.externalId });
    },

    // WB lists answered and unanswered separately (isAnswered is required): walk unanswered first, then,
    // unless unansweredOnly, the answered ones. Token = "<u|a>:<skip>".
    async listReviews({ kind, unansweredOnly, pageToken }) {
      const [phase, rawSkip] = (pageToken ?? "u:0").split(":");
      const skip = Number(rawSkip) || 0;
      const args = { api, isAnswered: phase === "a", take: REVIEW_PAGE, skip };
      const items =
        kind === "review"
          ? ((await wbListFeedbacks(args)).data.feedbacks ?? []).map((feedback) => mapWbFeedback({ feedback }))
          : ((await wbListQuestions(args)).data.questions ?? []).map((question) => mapWbQuestion({ question }));
      const limit = kind === "review" ? 199_990 : 10_000 - REVIEW_PAGE;
      const nextSkip = skip + REVIEW_PAGE;
      let nextPageToken: string | null = items.length === REVIEW_PAGE && nextSkip <= limit ? `${phase}:${nextSkip}` : null;
      if (!nextPageToken && phase === "u" && !unansweredOnly) nextPageToken = "a:0";
      return { items, nextPageToken };
    },

    async answerReview({ review, text, edit, existingAnswerId }) {
      if (review.kind === "review") {
        await wbAnswerFeedback({ api, id: review.externalId, text, edit: Boolean(edit || existingAnswerId) });
        return { answerExternalId: null };
      }
      const res = await wbAnswerQuestion({ api, id: review.externalId, text });
      if (res.error) {
        const reason = res.errorText || (res.additionalErrors ?? []).join("; ") || "Wildberries отклонил ответ";
        throw new MarketplaceRejectedError({ marketplace: M, message: reason, reason });
      }
      return { answerExternalId: null };
    },

    listMessages: unsupported(M, "listMessages"),
    fetchMessage: unsupported(M, "fetchMessage"),
    startChat: unsupported(M, "startChat"),
    getReviews: unsupported(M, "getReviews"),
    markRead: unsupported(M, "markRead"),
    listMessageTypes: unsupported(M, "listMessageTypes"),
    getBuyerLocale: unsupported(M, "getBuyerLocale"),
    handleWebhook: unsupported(M, "handleWebhook"),
    subscribeWebhook: unsupported(M, "subscribeWebhook"),
  };
}
