import { wbTokenIdentity } from "@/lib/marketplaces/wildberries/token-identity";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import { MarketplaceAuthError, MarketplaceRejectedError } from "@/lib/marketplaces/http/errors";
import {
  assertOutgoingAllowed,
  buildHttpContext,
  refuseOutgoing,
  toIso,
  unsupported,
} from "@/lib/marketplaces/connector-kit";
import { MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import { parseEach } from "@/lib/marketplaces/parse-each";
import type { ChatRef } from "@/lib/marketplaces/schemas";
import type { ConnectionWarning, ConnectorInput, MarketplaceConnector } from "@/lib/marketplaces/types";
import {
  describeWbError,
  WB_RATE_LIMITS,
  wbAnswerFeedback,
  wbAnswerQuestion,
  wbDownload,
  wbListArchivedFeedbacks,
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
import {
  checkWbChat,
  checkWbEvent,
  mapWbChat,
  mapWbEventsToChats,
  mapWbEventToMessage,
  mapWbFeedback,
  mapWbQuestion,
} from "@/lib/marketplaces/wildberries/map";
import {
  wbChatSchema,
  wbEventSchema,
  wbFeedbackSchema,
  wbQuestionSchema,
} from "@/lib/marketplaces/wildberries/schemas";

const M = "wildberries" as const;
// take=100 is within every documented bound: feedbacks take <= 5000 and skip <= 199990 (archive: skip
// unbounded), questions take + skip <= 10000.
const REVIEW_PAGE = 100;
const FEEDBACK_MAX_SKIP = 199_990;
const QUESTION_MAX_TAKE_PLUS_SKIP = 10_000;

export function createWildberriesConnector({
  credentials,
  baseUrls,
  runtime = {},
}: ConnectorInput<WildberriesCredentials, WildberriesBaseUrls>): MarketplaceConnector {
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

  /** The chat list, element by element: a chat WB sends without what we need is kept aside. */
  async function listedChats() {
    const list = await wbListChats({ api });
    return parseEach({ kind: "wildberries.chat", items: list.result, schema: wbChatSchema, map: checkWbChat });
  }

  async function replySignFor(chat: ChatRef): Promise<string> {
    if (chat.replyToken) return chat.replyToken;
    const found = (await listedChats()).items.find((c) => c.chatID === chat.externalId);
    if (!found?.replySign) {
      refuseOutgoing(M, { code: "no_reply_sign" }, "NO_REPLY_SIGN");
    }
    return found.replySign;
  }

  async function listArchive({ unansweredOnly, pageToken }: { unansweredOnly: boolean; pageToken?: string | null }) {
    const skip = Number((pageToken ?? "r:0").split(":")[1]) || 0;
    const res = await wbListArchivedFeedbacks({ api, take: REVIEW_PAGE, skip });
    const page = parseEach({
      kind: "wildberries.feedback",
      items: res.data?.feedbacks,
      schema: wbFeedbackSchema,
      map: (feedback) => mapWbFeedback({ feedback }),
    });
    const received = page.items.length + page.skipped.length;
    return {
      items: unansweredOnly ? page.items.filter((r) => !r.answered) : page.items,
      nextPageToken: received === REVIEW_PAGE ? `r:${skip + REVIEW_PAGE}` : null,
      skipped: page.skipped,
    };
  }

  return {
    marketplace: M,
    meta,
    capabilities: meta.capabilities,

    async testConnection() {
      await wbPing({ api, service: "chat" });
      await listedChats();
      const warnings: ConnectionWarning[] = [];
      try {
        await wbListQuestions({ api, isAnswered: false, take: 1, skip: 0 });
      } catch (error) {
        if (!(error instanceof MarketplaceAuthError)) throw error;
        warnings.push({ code: "no_feedback_access", params: { detail: error.message } });
      }
      return { ok: true, accountLabel: null, warnings, identity: wbTokenIdentity({ token }) };
    },

    // One odd event never holds the feed: it is kept aside and `next` still moves past it.
    async fetchUpdates({ cursor }) {
      const next = cursor && /^\d+$/.test(cursor) ? Number(cursor) : null;
      const result = (await wbListEvents({ api, next })).result ?? {};
      const parsed = parseEach({
        kind: "wildberries.event",
        items: result.events,
        schema: wbEventSchema,
        map: checkWbEvent,
      });
      // The spec's only event type is "message"; an event without a type is read as one.
      const events = parsed.items.filter((e) => (e.eventType ?? "message") === "message");
      const needsList = events.length > 0 && mapWbEventsToChats({ events }).some((c) => !c.replyToken);
      const listed = needsList ? await listedChats() : { items: [], skipped: [] };
      const nextCursor = result.next != null && result.next > 0 ? String(result.next) : cursor;
      return {
        chats: mapWbEventsToChats({ events, known: listed.items }),
        messages: events.map((event) => mapWbEventToMessage({ event })),
        cursor: nextCursor,
        // Without a new `next` another call would read the same page again.
        hasMore: (result.totalEvents ?? result.events?.length ?? 0) > 0 && nextCursor !== cursor,
        skipped: [...parsed.skipped, ...listed.skipped],
      };
    },

    async listChats() {
      const listed = await listedChats();
      return { items: listed.items.map((chat) => mapWbChat({ chat })), nextPageToken: null, skipped: listed.skipped };
    },

    async fetchChat({ chatExternalId }) {
      const found = (await listedChats()).items.find((c) => c.chatID === chatExternalId);
      if (!found) refuseOutgoing(M, { code: "chat_not_found" }, null);
      return mapWbChat({ chat: found });
    },

    async sendMessage({ chat, text, files = [] }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: meta.capabilities, text, files });
      const replySign = await replySignFor(chat);
      const sent = await wbSendMessage({ api, replySign, text, files });
      return {
        externalId: null, // WB returns no message id; the events feed brings it back (source "seller-public-api")
        chatExternalId: sent.result?.chatID || chat.externalId,
        createdAt: sent.result?.addTime ? toIso(sent.result.addTime) : new Date().toISOString(),
        warnings: sent.errors ?? [],
      };
    },

    async downloadAttachment({ attachment }) {
      if (!attachment.externalId) {
        refuseOutgoing(M, { code: "no_download_id" }, null);
      }
      return wbDownload({ api, downloadId: attachment.externalId });
    },

    // WB lists answered and unanswered separately (isAnswered is required): walk unanswered first, then,
    // unless unansweredOnly, the answered ones. Token = "<u|a|r>:<skip>"; "r" walks the archive.
    async listReviews({ kind, unansweredOnly, pageToken, archive }) {
      if (archive) {
        if (kind !== "review")
          throw new MarketplaceUnsupportedError({ marketplace: M, operation: "listReviews(archive, question)" });
        return listArchive({ unansweredOnly, pageToken });
      }
      const [phase, rawSkip] = (pageToken ?? "u:0").split(":");
      const skip = Number(rawSkip) || 0;
      const args = { api, isAnswered: phase === "a", take: REVIEW_PAGE, skip };
      const page =
        kind === "review"
          ? parseEach({
              kind: "wildberries.feedback",
              items: (await wbListFeedbacks(args)).data?.feedbacks,
              schema: wbFeedbackSchema,
              map: (feedback) => mapWbFeedback({ feedback }),
            })
          : parseEach({
              kind: "wildberries.question",
              items: (await wbListQuestions(args)).data?.questions,
              schema: wbQuestionSchema,
              map: (question) => mapWbQuestion({ question }),
            });
      const received = page.items.length + page.skipped.length;
      const nextSkip = skip + REVIEW_PAGE;
      const fits =
        kind === "review" ? nextSkip <= FEEDBACK_MAX_SKIP : nextSkip + REVIEW_PAGE <= QUESTION_MAX_TAKE_PLUS_SKIP;
      let nextPageToken: string | null = received === REVIEW_PAGE && fits ? `${phase}:${nextSkip}` : null;
      if (!nextPageToken && phase === "u" && !unansweredOnly) nextPageToken = "a:0";
      return { items: page.items, nextPageToken, skipped: page.skipped };
    },

    async answerReview({ review, text, edit, existingAnswerId }) {
      if (review.kind === "review") {
        await wbAnswerFeedback({ api, id: review.externalId, text, edit: Boolean(edit || existingAnswerId) });
        return { answerExternalId: null };
      }
      const res = await wbAnswerQuestion({ api, id: review.externalId, text });
      if (res.error) {
        const reason = res.errorText || (res.additionalErrors ?? []).join("; ");
        if (!reason) refuseOutgoing(M, { code: "answer_refused" }, null);
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
