import { assertOutgoingAllowed, buildHttpContext, unsupported } from "@/lib/marketplaces/connector-kit";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import { MarketplaceRequestError, MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import {
  describeOzonError,
  OZON_RATE_LIMITS,
  ozonChatHistory,
  ozonListChats,
  ozonReadChat,
  ozonSendFile,
  ozonSendMessage,
  ozonStartChat,
  type OzonApi,
} from "@/lib/marketplaces/ozon/client";
import {
  ozonBaseUrlsSchema,
  ozonCredentialsSchema,
  type OzonBaseUrls,
  type OzonCredentials,
} from "@/lib/marketplaces/ozon/credentials";
import { isOzonBuyerChat, mapOzonChat, mapOzonMessage } from "@/lib/marketplaces/ozon/map";
import { OZON_META } from "@/lib/marketplaces/ozon/meta";
import {
  ozonChatListItemSchema,
  ozonMessageSchema,
  type OzonChatListItem,
  type OzonMessage,
} from "@/lib/marketplaces/ozon/schemas";
import { handleOzonWebhook } from "@/lib/marketplaces/ozon/webhook";
import { parseEach, requireField, UnusableRecordError } from "@/lib/marketplaces/parse-each";
import type { Chat, Message, SkippedRecord } from "@/lib/marketplaces/schemas";
import type { ConnectorInput, MarketplaceConnector } from "@/lib/marketplaces/types";

const M = "ozon" as const;
const MAX_PAGES = 100;

// History pages: the spec's default is 50 and its maximum 1000.
const HISTORY_PAGE = 100;

const big = (id: string | null | undefined) => (id && /^\d+$/.test(id) ? BigInt(id) : null);
/** a > b for uint64 ids; a non-numeric id (never seen, but not promised) compares as text. */
const isAfter = (a: string, b: string) => {
  const x = big(a);
  const y = big(b);
  return x !== null && y !== null ? x > y : a > b;
};
const byMessageId = (a: Message, b: Message) =>
  a.externalId === b.externalId ? 0 : isAfter(b.externalId, a.externalId) ? -1 : 1;

/** The seller a Client-Id names: the Client-Id is the seller's account. */
export const ozonIdentity = ({ clientId }: { clientId: string }) => `client:${clientId}`;

export function createOzonConnector({
  credentials,
  baseUrls,
  runtime = {},
}: ConnectorInput<OzonCredentials, OzonBaseUrls>): MarketplaceConnector {
  const { clientId, apiKey } = ozonCredentialsSchema.parse(credentials);
  const ctx = buildHttpContext({
    marketplace: M,
    runtime,
    accountKey: accountKeyFrom({ parts: [M, clientId] }),
    rateLimits: OZON_RATE_LIMITS,
    describeError: describeOzonError,
    authorize: async (headers) => {
      headers.set("Client-Id", clientId);
      headers.set("Api-Key", apiKey);
    },
  });
  const api: OzonApi = { ctx, base: ozonBaseUrlsSchema.parse(baseUrls ?? {}) };
  const now = runtime.now ?? (() => new Date());

  type ListedChat = { item: OzonChatListItem; chatId: string };
  type ReadMessage = { raw: OzonMessage; message: Message };

  function readChats(raw: unknown[] | null | undefined) {
    return parseEach({
      kind: "ozon.chat",
      items: raw,
      schema: ozonChatListItemSchema,
      map: (item): ListedChat => ({ item, chatId: requireField(item.chat?.chat_id, "chat.chat_id") }),
    });
  }

  function readMessages(raw: unknown[] | null | undefined, chatId: string) {
    return parseEach({
      kind: "ozon.message",
      items: raw,
      schema: ozonMessageSchema,
      map: (m): ReadMessage => ({ raw: m, message: mapOzonMessage({ message: m, chatId }) }),
    });
  }

  async function allBuyerChats(skipped: SkippedRecord[]): Promise<ListedChat[]> {
    const items: ListedChat[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await ozonListChats({ api, cursor });
      const read = readChats(res.chats);
      skipped.push(...read.skipped);
      items.push(...read.items.filter((c) => isOzonBuyerChat(c.item.chat?.chat_type)));
      if (!res.has_next || !res.cursor || res.cursor === cursor) break;
      cursor = res.cursor;
    }
    return items;
  }

  /** Messages strictly after `since`, oldest first (Forward paging from the cursor id). */
  async function messagesAfter(chatId: string, since: string, skipped: SkippedRecord[]): Promise<ReadMessage[]> {
    const out: ReadMessage[] = [];
    let from = since;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await ozonChatHistory({ api, chatId, direction: "Forward", fromMessageId: from });
      const read = readMessages(res.messages, chatId);
      skipped.push(...read.skipped);
      const fresh = read.items.filter((m) => isAfter(m.message.externalId, from));
      out.push(...fresh);
      if (!res.has_next || fresh.length === 0) break;
      from = fresh.reduce((max, m) => (isAfter(m.message.externalId, max) ? m.message.externalId : max), from);
    }
    return out;
  }

  return {
    marketplace: M,
    meta: OZON_META,
    capabilities: OZON_META.capabilities,

    async testConnection() {
      await ozonListChats({ api, limit: 1 }); // limit 1: the spec's own request example
      // The check lists chats with this Client-Id and Api-Key: Ozon vouches for the pair.
      return { ok: true, accountLabel: `Client-Id ${clientId}`, warnings: [], identity: ozonIdentity({ clientId }) };
    },

    // Cursor = the highest message id seen (Ozon ids grow monotonically).
    async fetchUpdates({ cursor }) {
      const since = big(cursor) !== null ? cursor : null;
      const chats: Chat[] = [];
      const messages: Message[] = [];
      const skipped: SkippedRecord[] = [];
      let max = since ? BigInt(since) : 0n;
      for (const { item, chatId } of await allBuyerChats(skipped)) {
        const last = big(item.last_message_id);
        if (since && last !== null && last <= BigInt(since)) continue;
        let read: ReadMessage[];
        if (since) {
          read = await messagesAfter(chatId, since, skipped);
        } else {
          const page = readMessages(
            (await ozonChatHistory({ api, chatId, direction: "Backward", limit: HISTORY_PAGE })).messages,
            chatId,
          );
          skipped.push(...page.skipped);
          read = page.items;
        }
        if (read.length === 0) continue;
        chats.push(mapOzonChat({ item, messages: read.map((m) => m.raw) }));
        for (const { message } of read) {
          messages.push(message);
          const id = big(message.externalId);
          if (id !== null && id > max) max = id;
        }
      }
      messages.sort(byMessageId);
      return { chats, messages, cursor: max > 0n ? max.toString() : cursor, hasMore: false, skipped };
    },

    async listChats({ pageToken, awaitingReplyOnly }) {
      const res = await ozonListChats({ api, cursor: pageToken, unreadOnly: Boolean(awaitingReplyOnly) });
      const read = readChats(res.chats);
      return {
        items: read.items
          .filter((c) => isOzonBuyerChat(c.item.chat?.chat_type))
          .map(({ item }) => mapOzonChat({ item })),
        nextPageToken: res.has_next && res.cursor ? res.cursor : null,
        skipped: read.skipped,
      };
    },

    async fetchChat({ chatExternalId }) {
      const listed = (await allBuyerChats([])).find((c) => c.chatId === chatExternalId);
      if (!listed)
        throw new MarketplaceRequestError({
          marketplace: M,
          status: 404,
          message: `ozon: chat ${chatExternalId} not found`,
        });
      const history = readMessages(
        (await ozonChatHistory({ api, chatId: chatExternalId, direction: "Backward", limit: 20 })).messages,
        chatExternalId,
      );
      return mapOzonChat({ item: listed.item, messages: history.items.map((m) => m.raw) });
    },

    // Backward pages (newest first from Ozon); each page is returned oldest-first. Token = oldest id seen.
    async listMessages({ chat, pageToken }) {
      const res = await ozonChatHistory({
        api,
        chatId: chat.externalId,
        direction: "Backward",
        fromMessageId: pageToken,
        limit: HISTORY_PAGE,
      });
      const bound = big(pageToken);
      const read = readMessages(res.messages, chat.externalId);
      const items = read.items.map((m) => m.message).filter((m) => bound === null || isAfter(pageToken!, m.externalId));
      items.sort(byMessageId);
      return { items, nextPageToken: res.has_next && items[0] ? items[0].externalId : null, skipped: read.skipped };
    },

    async fetchMessage({ chatExternalId, messageExternalId }) {
      const res = await ozonChatHistory({
        api,
        chatId: chatExternalId,
        direction: "Backward",
        messageIds: [messageExternalId],
        limit: 1,
      });
      const read = readMessages(res.messages, chatExternalId);
      const found = read.items.find((m) => m.message.externalId === messageExternalId);
      const odd = read.skipped.find(
        (r) => String((r.raw as { message_id?: unknown } | null)?.message_id) === messageExternalId,
      );
      if (!found && odd) throw new UnusableRecordError(odd.reason, odd);
      if (!found)
        throw new MarketplaceRequestError({
          marketplace: M,
          status: 404,
          message: `ozon: message ${messageExternalId} not found`,
        });
      return found.message;
    },

    async sendMessage({ chat, text, files = [] }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: OZON_META.capabilities, text, files });
      if (text.trim()) await ozonSendMessage({ api, chatId: chat.externalId, text });
      for (const file of files)
        await ozonSendFile({ api, chatId: chat.externalId, name: file.fileName, bytes: file.bytes });
      return { externalId: null, chatExternalId: chat.externalId, createdAt: now().toISOString(), warnings: [] };
    },

    async startChat({ context }) {
      if (context.type !== "order")
        throw new MarketplaceUnsupportedError({ marketplace: M, operation: "startChat(return)" });
      const res = await ozonStartChat({ api, postingNumber: context.id });
      return { chatExternalId: res.result.chat_id };
    },

    async markRead({ chat, upToMessageId }) {
      await ozonReadChat({ api, chatId: chat.externalId, fromMessageId: upToMessageId });
    },

    async handleWebhook({ body }) {
      return handleOzonWebhook({
        body,
        integration: runtime.integration ?? { name: "agentiq-inbox", version: "1.0.0" },
        now: now(),
      });
    },

    downloadAttachment: unsupported(M, "downloadAttachment"),
    listMessageTypes: unsupported(M, "listMessageTypes"),
    getBuyerLocale: unsupported(M, "getBuyerLocale"),
    listReviews: unsupported(M, "listReviews"),
    getReviews: unsupported(M, "getReviews"),
    answerReview: unsupported(M, "answerReview"),
    subscribeWebhook: unsupported(M, "subscribeWebhook"),
  };
}
