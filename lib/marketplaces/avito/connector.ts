import {
  AVITO_RATE_LIMITS,
  avitoGetChat,
  avitoListChats,
  avitoListMessages,
  avitoReadChat,
  avitoSelf,
  avitoSendImage,
  avitoSendText,
  avitoSubscribeWebhook,
  describeAvitoError,
  type AvitoApi,
} from "@/lib/marketplaces/avito/client";
import { avitoBaseUrlsSchema, avitoCredentialsSchema, type AvitoBaseUrls, type AvitoCredentials } from "@/lib/marketplaces/avito/credentials";
import { mapAvitoChat, mapAvitoMessage } from "@/lib/marketplaces/avito/map";
import { AVITO_META } from "@/lib/marketplaces/avito/meta";
import { requestAvitoToken } from "@/lib/marketplaces/avito/oauth";
import { handleAvitoWebhook } from "@/lib/marketplaces/avito/webhook";
import { assertOutgoingAllowed, buildHttpContext, fromUnixSeconds, unsupported } from "@/lib/marketplaces/connector-kit";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import { createTokenProvider } from "@/lib/marketplaces/http/token-cache";
import type { Chat, Message } from "@/lib/marketplaces/schemas";
import type { ConnectorRuntimeOptions, MarketplaceConnector } from "@/lib/marketplaces/types";

const M = "avito" as const;
const PAGE = 100;
const MAX_OFFSET = 1000; // spec: offset 0..1000

export function createAvitoConnector({
  credentials,
  baseUrls,
  runtime = {},
}: {
  credentials: AvitoCredentials;
  baseUrls?: Partial<AvitoBaseUrls>;
  runtime?: ConnectorRuntimeOptions;
}): MarketplaceConnector {
  const creds = avitoCredentialsSchema.parse(credentials);
  const base = avitoBaseUrlsSchema.parse(baseUrls ?? {});
  let refreshToken = creds.refreshToken ?? null;
  let userId: string | null = creds.userId ?? null;
  const accountKey = accountKeyFrom({ parts: [M, creds.clientId, creds.clientSecret, creds.refreshToken ?? "own"] });

  const tokenCtx = buildHttpContext({ marketplace: M, runtime, accountKey, rateLimits: AVITO_RATE_LIMITS, describeError: describeAvitoError });
  // A stored account keeps its token across refresh-token rotation (connectors are built per job from the
  // row); without an account key the credentials themselves identify the token.
  const tokenKey = runtime.accountKey ? accountKeyFrom({ parts: [M, runtime.accountKey, creds.clientId, creds.clientSecret] }) : accountKey;
  const tokens = createTokenProvider({
    cacheKey: `${tokenKey}:${base.api}`,
    fetchToken: async () => {
      const form: Record<string, string> = refreshToken
        ? { grant_type: "refresh_token", client_id: creds.clientId, client_secret: creds.clientSecret, refresh_token: refreshToken }
        : { grant_type: "client_credentials", client_id: creds.clientId, client_secret: creds.clientSecret };
      const token = await requestAvitoToken({ ctx: tokenCtx, tokenUrl: `${base.api}/token`, form });
      if (refreshToken && token.refreshToken && token.refreshToken !== refreshToken) {
        refreshToken = token.refreshToken;
        await runtime.onCredentialsChange?.({ ...creds, userId: userId ?? creds.userId, refreshToken });
      }
      return token;
    },
  });
  const ctx = buildHttpContext({
    marketplace: M,
    runtime,
    accountKey,
    rateLimits: AVITO_RATE_LIMITS,
    describeError: describeAvitoError,
    authorize: async (headers) => headers.set("Authorization", `Bearer ${await tokens.accessToken()}`),
    onAuthRejected: () => tokens.invalidate(),
  });
  const a: AvitoApi = { ctx, api: base.api };
  const now = runtime.now ?? (() => new Date());

  async function me(): Promise<string> {
    userId ??= (await avitoSelf({ a })).id;
    return userId;
  }

  async function messagesSince(uid: string, chatId: string, since: number | null): Promise<Message[]> {
    const out: Message[] = [];
    for (let offset = 0; offset <= MAX_OFFSET; offset += PAGE) {
      const page = await avitoListMessages({ a, userId: uid, chatId, offset });
      const fresh = page.filter((m) => since === null || m.created >= since);
      out.push(...fresh.map((message) => mapAvitoMessage({ message, chatId, userId: uid })));
      if (page.length < PAGE || fresh.length < page.length || since === null) break;
    }
    return out.sort((x, y) => x.createdAt.localeCompare(y.createdAt));
  }

  return {
    marketplace: M,
    meta: AVITO_META,
    capabilities: AVITO_META.capabilities,

    async testConnection() {
      tokens.invalidate(); // a real exchange with these exact credentials, not a cached token
      await tokens.accessToken();
      const self = await avitoSelf({ a });
      userId ??= self.id;
      await avitoListChats({ a, userId, offset: 0, limit: 1 });
      return { ok: true, accountLabel: self.name ?? `Профиль ${self.id}`, warnings: [], identity: `user:${self.id}` };
    },

    // Cursor = newest chat `updated` (unix seconds) seen; boundary second is re-read (ingestion is idempotent).
    async fetchUpdates({ cursor }) {
      const uid = await me();
      const since = cursor && /^\d+$/.test(cursor) ? Number(cursor) : null;
      const chats: Chat[] = [];
      const messages: Message[] = [];
      let high = since ?? 0;
      for (let offset = 0; offset <= MAX_OFFSET; offset += PAGE) {
        const page = (await avitoListChats({ a, userId: uid, offset })).chats ?? [];
        const changed = page.filter((c) => since === null || (c.updated ?? 0) >= since);
        for (const raw of changed) {
          chats.push(mapAvitoChat({ chat: raw, userId: uid }));
          messages.push(...(await messagesSince(uid, raw.id, since)));
          high = Math.max(high, raw.updated ?? 0);
        }
        // Chats come newest-updated first: once a page has stale chats, the rest are stale too.
        if (page.length < PAGE || changed.length < page.length) break;
      }
      return { chats, messages, cursor: high > 0 ? String(high) : cursor, hasMore: false };
    },

    async listChats({ pageToken, awaitingReplyOnly }) {
      const uid = await me();
      const offset = pageToken ? Number(pageToken) : 0;
      const page = (await avitoListChats({ a, userId: uid, offset, unreadOnly: awaitingReplyOnly })).chats ?? [];
      const next = offset + PAGE;
      return { items: page.map((chat) => mapAvitoChat({ chat, userId: uid })), nextPageToken: page.length === PAGE && next <= MAX_OFFSET ? String(next) : null };
    },

    async fetchChat({ chatExternalId }) {
      const uid = await me();
      return mapAvitoChat({ chat: await avitoGetChat({ a, userId: uid, chatId: chatExternalId }), userId: uid });
    },

    async listMessages({ chat, pageToken }) {
      const uid = await me();
      const offset = pageToken ? Number(pageToken) : 0;
      const page = await avitoListMessages({ a, userId: uid, chatId: chat.externalId, offset });
      const items = page.map((message) => mapAvitoMessage({ message, chatId: chat.externalId, userId: uid }));
      items.sort((x, y) => x.createdAt.localeCompare(y.createdAt));
      const next = offset + PAGE;
      return { items, nextPageToken: page.length === PAGE && next <= MAX_OFFSET ? String(next) : null };
    },

    async sendMessage({ chat, text, files = [] }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: AVITO_META.capabilities, text, files });
      const uid = await me();
      let last: { id: string; created: number } | null = null;
      if (text.trim()) last = await avitoSendText({ a, userId: uid, chatId: chat.externalId, text });
      for (const file of files) last = await avitoSendImage({ a, userId: uid, chatId: chat.externalId, file });
      return {
        externalId: last?.id ?? null,
        chatExternalId: chat.externalId,
        createdAt: last ? fromUnixSeconds(last.created) : now().toISOString(),
        warnings: [],
      };
    },

    async markRead({ chat }) {
      await avitoReadChat({ a, userId: await me(), chatId: chat.externalId });
    },

    async handleWebhook({ body }) {
      return handleAvitoWebhook({ body });
    },

    async subscribeWebhook({ url }) {
      await avitoSubscribeWebhook({ a, url });
    },

    fetchMessage: unsupported(M, "fetchMessage"),
    startChat: unsupported(M, "startChat"),
    downloadAttachment: unsupported(M, "downloadAttachment"),
    listMessageTypes: unsupported(M, "listMessageTypes"),
    getBuyerLocale: unsupported(M, "getBuyerLocale"),
    listReviews: unsupported(M, "listReviews"),
    getReviews: unsupported(M, "getReviews"),
    answerReview: unsupported(M, "answerReview"),
  };
}
