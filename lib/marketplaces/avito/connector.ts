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
import {
  avitoBaseUrlsSchema,
  avitoCredentialsSchema,
  type AvitoBaseUrls,
  type AvitoCredentials,
} from "@/lib/marketplaces/avito/credentials";
import { mapAvitoChat, mapAvitoMessage } from "@/lib/marketplaces/avito/map";
import { AVITO_META } from "@/lib/marketplaces/avito/meta";
import { requestAvitoToken } from "@/lib/marketplaces/avito/oauth";
import { handleAvitoWebhook } from "@/lib/marketplaces/avito/webhook";
import {
  assertOutgoingAllowed,
  buildHttpContext,
  fromUnixSeconds,
  unsupported,
} from "@/lib/marketplaces/connector-kit";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import { parseEach } from "@/lib/marketplaces/parse-each";
import { avitoChatSchema, avitoMessageSchema } from "@/lib/marketplaces/avito/schemas";
import { createTokenProvider } from "@/lib/marketplaces/http/token-cache";
import type { Chat, Message, SkippedRecord } from "@/lib/marketplaces/schemas";
import type { ConnectorInput, MarketplaceConnector } from "@/lib/marketplaces/types";

const M = "avito" as const;
const PAGE = 100;
const MAX_OFFSET = 1000; // spec: offset 0..1000

/** The seller an Avito profile number names (the connection check reads it from /self). */
export const avitoIdentity = ({ userId }: { userId: string }) => `user:${userId}`;

export function createAvitoConnector({
  credentials,
  baseUrls,
  runtime = {},
}: ConnectorInput<AvitoCredentials, AvitoBaseUrls>): MarketplaceConnector {
  const creds = avitoCredentialsSchema.parse(credentials);
  const base = avitoBaseUrlsSchema.parse(baseUrls ?? {});
  let refreshToken = creds.refreshToken ?? null;
  let userId: string | null = creds.userId ?? null;
  const accountKey = accountKeyFrom({ parts: [M, creds.clientId, creds.clientSecret, creds.refreshToken ?? "own"] });

  const tokenCtx = buildHttpContext({
    marketplace: M,
    runtime,
    accountKey,
    rateLimits: AVITO_RATE_LIMITS,
    describeError: describeAvitoError,
  });
  // A stored account keeps its token across refresh-token rotation (connectors are built per job from the
  // row); without an account key the credentials themselves identify the token.
  const tokenKey = runtime.accountKey
    ? accountKeyFrom({ parts: [M, runtime.accountKey, creds.clientId, creds.clientSecret] })
    : accountKey;
  const tokens = createTokenProvider({
    cacheKey: `${tokenKey}:${base.api}`,
    fetchToken: async () => {
      const form: Record<string, string> = refreshToken
        ? {
            grant_type: "refresh_token",
            client_id: creds.clientId,
            client_secret: creds.clientSecret,
            refresh_token: refreshToken,
          }
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

  function readMessages(raw: unknown[], chatId: string, uid: string) {
    return parseEach({
      kind: "avito.message",
      items: raw,
      schema: avitoMessageSchema,
      map: (message) => mapAvitoMessage({ message, chatId, userId: uid }),
    });
  }

  function readChats(raw: unknown[] | null | undefined, uid: string) {
    return parseEach({
      kind: "avito.chat",
      items: raw,
      schema: avitoChatSchema,
      map: (chat) => ({
        chat: mapAvitoChat({ chat, userId: uid }),
        updated: chat.updated ?? chat.last_message?.created ?? 0,
      }),
    });
  }

  // The spec promises no order of messages: every full page is read, and the window filtered here.
  async function messagesSince(
    uid: string,
    chatId: string,
    since: number | null,
    skipped: SkippedRecord[],
  ): Promise<Message[]> {
    const out: Message[] = [];
    for (let offset = 0; offset <= MAX_OFFSET; offset += PAGE) {
      const raw = await avitoListMessages({ a, userId: uid, chatId, offset });
      const page = readMessages(raw, chatId, uid);
      skipped.push(...page.skipped);
      out.push(...page.items.filter((m) => since === null || Date.parse(m.createdAt) >= since * 1000));
      if (raw.length < PAGE || since === null) break;
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
      return {
        ok: true,
        accountLabel: self.name ?? null,
        warnings: [],
        identity: avitoIdentity({ userId: String(self.id) }),
      };
    },

    // Cursor = newest chat `updated` (unix seconds) seen; boundary second is re-read (ingestion is idempotent).
    // The spec promises no order of the chat list, so every page is read (up to the documented offset
    // limit) and the window is filtered here, not inferred from where stale chats begin.
    async fetchUpdates({ cursor }) {
      const uid = await me();
      const since = cursor && /^\d+$/.test(cursor) ? Number(cursor) : null;
      const chats: Chat[] = [];
      const messages: Message[] = [];
      const skipped: SkippedRecord[] = [];
      let high = since ?? 0;
      for (let offset = 0; offset <= MAX_OFFSET; offset += PAGE) {
        const raw = (await avitoListChats({ a, userId: uid, offset })).chats ?? [];
        const page = readChats(raw, uid);
        skipped.push(...page.skipped);
        for (const { chat, updated } of page.items) {
          if (since !== null && updated < since) continue;
          chats.push(chat);
          messages.push(...(await messagesSince(uid, chat.externalId, since, skipped)));
          high = Math.max(high, updated);
        }
        if (raw.length < PAGE) break;
      }
      return { chats, messages, cursor: high > 0 ? String(high) : cursor, hasMore: false, skipped };
    },

    async listChats({ pageToken, awaitingReplyOnly }) {
      const uid = await me();
      const offset = pageToken ? Number(pageToken) : 0;
      const raw = (await avitoListChats({ a, userId: uid, offset, unreadOnly: awaitingReplyOnly })).chats ?? [];
      const page = readChats(raw, uid);
      const next = offset + PAGE;
      return {
        items: page.items.map((x) => x.chat),
        nextPageToken: raw.length === PAGE && next <= MAX_OFFSET ? String(next) : null,
        skipped: page.skipped,
      };
    },

    async fetchChat({ chatExternalId }) {
      const uid = await me();
      const chat = await avitoGetChat({ a, userId: uid, chatId: chatExternalId });
      // The chat was asked for by its id: an answer without one (nothing is required in the spec) is still that chat.
      return mapAvitoChat({ chat: { ...chat, id: chat.id ?? chatExternalId }, userId: uid });
    },

    async listMessages({ chat, pageToken }) {
      const uid = await me();
      const offset = pageToken ? Number(pageToken) : 0;
      const raw = await avitoListMessages({ a, userId: uid, chatId: chat.externalId, offset });
      const page = readMessages(raw, chat.externalId, uid);
      const items = page.items.sort((x, y) => x.createdAt.localeCompare(y.createdAt));
      const next = offset + PAGE;
      return {
        items,
        nextPageToken: raw.length === PAGE && next <= MAX_OFFSET ? String(next) : null,
        skipped: page.skipped,
      };
    },

    async sendMessage({ chat, text, files = [] }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: AVITO_META.capabilities, text, files });
      const uid = await me();
      let last: { id?: string | null; created?: number | null } | null = null;
      if (text.trim()) last = await avitoSendText({ a, userId: uid, chatId: chat.externalId, text });
      for (const file of files) last = await avitoSendImage({ a, userId: uid, chatId: chat.externalId, file });
      return {
        externalId: last?.id ?? null,
        chatExternalId: chat.externalId,
        createdAt: last?.created != null ? fromUnixSeconds(last.created) : now().toISOString(),
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
