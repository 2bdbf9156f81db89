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
import { ozonBaseUrlsSchema, ozonCredentialsSchema, type OzonBaseUrls, type OzonCredentials } from "@/lib/marketplaces/ozon/credentials";
import { isOzonBuyerChat, mapOzonChat, mapOzonMessage } from "@/lib/marketplaces/ozon/map";
import { OZON_META } from "@/lib/marketplaces/ozon/meta";
import type { OzonChatListItem, OzonMessage } from "@/lib/marketplaces/ozon/schemas";
import { handleOzonWebhook } from "@/lib/marketplaces/ozon/webhook";
import type { Chat, Message } from "@/lib/marketplaces/schemas";
import type { ConnectorRuntimeOptions, MarketplaceConnector } from "@/lib/marketplaces/types";

const M = "ozon" as const;
const MAX_PAGES = 100;

const big = (id: string | null | undefined) => (id && /^\d+$/.test(id) ? BigInt(id) : null);

export function createOzonConnector({
  credentials,
  baseUrls,
  runtime = {},
}: {
  credentials: OzonCredentials;
  baseUrls?: Partial<OzonBaseUrls>;
  runtime?: ConnectorRuntimeOptions;
}): MarketplaceConnector {
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

  async function allBuyerChats(): Promise<OzonChatListItem[]> {
    const items: OzonChatListItem[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await ozonListChats({ api, cursor });
      items.push(...(res.chats ?? []).filter((c) => isOzonBuyerChat(c.chat.chat_type)));
      if (!res.has_next || !res.cursor || res.cursor === cursor) break;
      cursor = res.cursor;
    }
    return items;
  }

  /** Messages strictly after `since`, oldest first (Forward paging from the cursor id). */
  async function messagesAfter(chatId: string, since: string): Promise<OzonMessage[]> {
    const out: OzonMessage[] = [];
    let from = since;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await ozonChatHistory({ api, chatId, direction: "Forward", fromMessageId: from });
      const fresh = (res.messages ?? []).filter((m) => BigInt(m.message_id) > BigInt(from));
      out.push(...fresh);
      if (!res.has_next || fresh.length === 0) break;
      from = fresh.reduce((max, m) => (BigInt(m.message_id) > BigInt(max) ? m.message_id : max), from);
    }
    return out;
  }

  return {
    marketplace: M,
    meta: OZON_META,
    capabilities: OZON_META.capabilities,

    async testConnection() {
      await ozonListChats({ api, limit: 1 });
      // The check lists chats with this Client-Id and Api-Key: Ozon vouches for the pair.
      return { ok: true, accountLabel: `Client-Id ${clientId}`, warnings: [], identity: `client:${clientId}` };
    },

    // Cursor = the highest message id seen (Ozon ids grow monotonically).
    async fetchUpdates({ cursor }) {
      const since = big(cursor) !== null ? cursor : null;
      const chats: Chat[] = [];
      const messages: Message[] = [];
      let max = since ? BigInt(since) : 0n;
      for (const item of await allBuyerChats()) {
        const last = big(item.last_message_id);
        if (since && last !== null && last <= BigInt(since)) continue;
        const raw = since
          ? await messagesAfter(item.chat.chat_id, since)
          : ((await ozonChatHistory({ api, chatId: item.chat.chat_id, direction: "Backward", limit: 50 })).messages ?? []);
        if (raw.length === 0) continue;
        chats.push(mapOzonChat({ item, messages: raw }));
        for (const m of raw) {
          messages.push(mapOzonMessage({ message: m, chatId: item.chat.chat_id }));
          if (BigInt(m.message_id) > max) max = BigInt(m.message_id);
        }
      }
      messages.sort((a, b) => (BigInt(a.externalId) < BigInt(b.externalId) ? -1 : 1));
      return { chats, messages, cursor: max > 0n ? max.toString() : cursor, hasMore: false };
    },

    async listChats({ pageToken, awaitingReplyOnly }) {
      const res = await ozonListChats({ api, cursor: pageToken, unreadOnly: Boolean(awaitingReplyOnly) });
      return {
        items: (res.chats ?? []).filter((c) => isOzonBuyerChat(c.chat.chat_type)).map((item) => mapOzonChat({ item })),
        nextPageToken: res.has_next && res.cursor ? res.cursor : null,
      };
    },

    async fetchChat({ chatExternalId }) {
      const item = (await allBuyerChats()).find((c) => c.chat.chat_id === chatExternalId);
      if (!item) throw new MarketplaceRequestError({ marketplace: M, status: 404, message: `ozon: chat ${chatExternalId} not found` });
      const history = await ozonChatHistory({ api, chatId: chatExternalId, direction: "Backward", limit: 20 });
      return mapOzonChat({ item, messages: history.messages ?? [] });
    },

    // Backward pages (newest first from Ozon); each page is returned oldest-first. Token = oldest id seen.
    async listMessages({ chat, pageToken }) {
      const res = await ozonChatHistory({ api, chatId: chat.externalId, direction: "Backward", fromMessageId: pageToken, limit: 100 });
      const bound = big(pageToken);
      const raw = (res.messages ?? []).filter((m) => bound === null || BigInt(m.message_id) < bound);
      const items = raw.map((message) => mapOzonMessage({ message, chatId: chat.externalId }));
      items.sort((a, b) => (BigInt(a.externalId) < BigInt(b.externalId) ? -1 : 1));
      return { items, nextPageToken: res.has_next && items[0] ? items[0].externalId : null };
    },

    async fetchMessage({ chatExternalId, messageExternalId }) {
      const res = await ozonChatHistory({ api, chatId: chatExternalId, direction: "Backward", messageIds: [messageExternalId], limit: 1 });
      const found = (res.messages ?? []).find((m) => m.message_id === messageExternalId);
      if (!found) throw new MarketplaceRequestError({ marketplace: M, status: 404, message: `ozon: message ${messageExternalId} not found` });
      return mapOzonMessage({ message: found, chatId: chatExternalId });
    },

    async sendMessage({ chat, text, files = [] }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: OZON_META.capabilities, text, files });
      if (text.trim()) await ozonSendMessage({ api, chatId: chat.externalId, text });
      for (const file of files) await ozonSendFile({ api, chatId: chat.externalId, name: file.fileName, bytes: file.bytes });
      return { externalId: null, chatExternalId: chat.externalId, createdAt: now().toISOString(), warnings: [] };
    },

    async startChat({ context }) {
      if (context.type !== "order") throw new MarketplaceUnsupportedError({ marketplace: M, operation: "startChat(return)" });
      const res = await ozonStartChat({ api, postingNumber: context.id });
      return { chatExternalId: res.result.chat_id };
    },

    async markRead({ chat, upToMessageId }) {
      await ozonReadChat({ api, chatId: chat.externalId, fromMessageId: upToMessageId });
    },

    async handleWebhook({ body }) {
      return handleOzonWebhook({ body, integration: runtime.integration ?? { name: "agentiq-inbox", version: "1.0.0" }, now: now() });
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
