import { secretIdentity } from "@/lib/marketplaces/secret-identity";
import {
  AMAZON_RATE_LIMITS,
  amazonCreateMessage,
  amazonGetAttributes,
  amazonGetMessagingActions,
  describeAmazonError,
  exchangeLwaRefreshToken,
  type AmazonApi,
} from "@/lib/marketplaces/amazon/client";
import {
  AMAZON_REGIONS,
  amazonBaseUrlsSchema,
  amazonCredentialsSchema,
  type AmazonBaseUrls,
  type AmazonCredentials,
} from "@/lib/marketplaces/amazon/credentials";
import { AMAZON_TEXT_TYPES, offeredMessageTypes, pickMessageType } from "@/lib/marketplaces/amazon/map";
import { AMAZON_META } from "@/lib/marketplaces/amazon/meta";
import { assertOutgoingAllowed, buildHttpContext, refuseOutgoing, unsupported } from "@/lib/marketplaces/connector-kit";
import type { OutgoingRefusal } from "@/lib/marketplaces/outgoing-refusal";
import { accountKeyFrom } from "@/lib/marketplaces/http/account-key";
import { MarketplaceRejectedError, MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import { createTokenProvider } from "@/lib/marketplaces/http/token-cache";
import type { ConnectorInput, MarketplaceConnector } from "@/lib/marketplaces/types";

const M = "amazon" as const;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const HTML = /<\/?[a-z][^>]*>/i;

function reject(reason: string, vendorCode: string): never {
  throw new MarketplaceRejectedError({ marketplace: M, message: reason, reason, vendorCode });
}

function refuse(refusal: OutgoingRefusal, vendorCode?: string): never {
  return refuseOutgoing(M, refusal, vendorCode);
}

/** The Messaging API names no seller: the seller's authorisation (refresh token) per marketplace is the identity. */
export const amazonIdentity = ({ marketplaceId, refreshToken }: { marketplaceId: string; refreshToken: string }) =>
  `${marketplaceId}:refresh-token-${secretIdentity({ secret: refreshToken })}`;

export function createAmazonConnector({
  credentials,
  baseUrls,
  runtime = {},
}: ConnectorInput<AmazonCredentials, AmazonBaseUrls>): MarketplaceConnector {
  const creds = amazonCredentialsSchema.parse(credentials);
  const base = amazonBaseUrlsSchema.parse(baseUrls ?? {});
  const accountKey = accountKeyFrom({ parts: [M, creds.clientId, creds.clientSecret, creds.refreshToken] });
  const lwaCtx = buildHttpContext({
    marketplace: M,
    runtime,
    accountKey,
    rateLimits: AMAZON_RATE_LIMITS,
    describeError: describeAmazonError,
  });
  const tokens = createTokenProvider({
    cacheKey: `${accountKey}:${base.lwa}`,
    fetchToken: () =>
      exchangeLwaRefreshToken({
        ctx: lwaCtx,
        lwaUrl: base.lwa,
        refreshToken: creds.refreshToken,
        clientId: creds.clientId,
        clientSecret: creds.clientSecret,
      }),
  });
  const ctx = buildHttpContext({
    marketplace: M,
    runtime,
    accountKey,
    rateLimits: AMAZON_RATE_LIMITS,
    describeError: describeAmazonError,
    authorize: async (headers) => headers.set("x-amz-access-token", await tokens.accessToken()),
    onAuthRejected: () => tokens.invalidate(),
  });
  const api: AmazonApi = { ctx, api: base.api ?? AMAZON_REGIONS[creds.region], marketplaceId: creds.marketplaceId };
  const now = runtime.now ?? (() => new Date());

  async function offered(orderId: string): Promise<string[]> {
    return offeredMessageTypes({ response: await amazonGetMessagingActions({ api, orderId }) });
  }

  return {
    marketplace: M,
    meta: AMAZON_META,
    capabilities: AMAZON_META.capabilities,

    // No cheap Messaging read exists without an order id: the LWA exchange is the real credential check.
    async testConnection() {
      tokens.invalidate();
      await tokens.accessToken();
      // The Messaging API names no seller: the seller's authorisation (refresh token) per marketplace is the identity.
      return {
        ok: true,
        accountLabel: `${creds.region.toUpperCase()} · ${creds.marketplaceId}`,
        warnings: [],
        identity: amazonIdentity(creds),
      };
    },

    async listMessageTypes({ orderId }) {
      return offered(orderId);
    },

    // The language the buyer prefers; Amazon wants messages in it.
    async getBuyerLocale({ orderId }) {
      const res = await amazonGetAttributes({ api, orderId });
      return res.buyer?.locale || null;
    },

    // The "chat" is the order: Amazon only lets the seller send the message types it offers for that order now.
    async sendMessage({ chat, text, files = [], messageType }) {
      assertOutgoingAllowed({ marketplace: M, capabilities: AMAZON_META.capabilities, text, files });
      if (EMAIL.test(text)) refuse({ code: "email_address" });
      if (HTML.test(text)) refuse({ code: "html" });
      const types = await offered(chat.externalId);
      const type = pickMessageType({ offered: types, requested: messageType });
      if (!type) {
        const params = { order: chat.externalId, offered: types.join(", "), count: types.length };
        refuse(
          messageType
            ? { code: "type_not_offered", params: { ...params, messageType } }
            : { code: "text_not_offered", params },
          "MESSAGE_TYPE_NOT_OFFERED",
        );
      }
      const limit = AMAZON_TEXT_TYPES[type]!;
      if (text.length > limit) refuse({ code: "type_too_long", params: { messageType: type, max: limit } });
      const res = await amazonCreateMessage({ api, orderId: chat.externalId, messageType: type, text });
      if (res?.errors?.length) reject(res.errors.map((e) => e.message).join("; "), res.errors[0]!.code);
      return { externalId: null, chatExternalId: chat.externalId, createdAt: now().toISOString(), warnings: [] };
    },

    async startChat({ context }) {
      if (context.type !== "order")
        throw new MarketplaceUnsupportedError({ marketplace: M, operation: "startChat(return)" });
      const types = await offered(context.id);
      if (!types.some((t) => t in AMAZON_TEXT_TYPES))
        refuse({ code: "order_closed", params: { order: context.id } }, "MESSAGE_TYPE_NOT_OFFERED");
      return { chatExternalId: context.id };
    },

    fetchUpdates: unsupported(M, "fetchUpdates"),
    listChats: unsupported(M, "listChats"),
    fetchChat: unsupported(M, "fetchChat"),
    listMessages: unsupported(M, "listMessages"),
    fetchMessage: unsupported(M, "fetchMessage"),
    markRead: unsupported(M, "markRead"),
    downloadAttachment: unsupported(M, "downloadAttachment"),
    listReviews: unsupported(M, "listReviews"),
    getReviews: unsupported(M, "getReviews"),
    answerReview: unsupported(M, "answerReview"),
    handleWebhook: unsupported(M, "handleWebhook"),
    subscribeWebhook: unsupported(M, "subscribeWebhook"),
  };
}
