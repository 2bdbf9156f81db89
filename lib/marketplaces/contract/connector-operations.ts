import { AMAZON_RATE_LIMITS } from "@/lib/marketplaces/amazon/client";
import { AVITO_RATE_LIMITS } from "@/lib/marketplaces/avito/client";
import type { SpecFile } from "@/lib/marketplaces/contract/overrides";
import type { ConnectorConfig } from "@/lib/marketplaces/credentials";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { OZON_RATE_LIMITS } from "@/lib/marketplaces/ozon/client";
import type { MarketplaceConnector } from "@/lib/marketplaces/types";
import { WB_RATE_LIMITS } from "@/lib/marketplaces/wildberries/client";
import { YM_RATE_LIMITS } from "@/lib/marketplaces/yandex_market/client";

// Every connector operation the contract tests drive, per marketplace: which spec answers at which base URL,
// the connector's config pointing there, and the calls. Ids in the calls are shaped as the specs type them.

const PNG = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=", "base64"),
);
const image = { fileName: "photo.png", mimeType: "image/png", bytes: PNG };

export type ContractOperation = { name: string; run: (connector: MarketplaceConnector) => Promise<unknown> };

export type ContractTarget = {
  marketplace: Marketplace;
  routes: { origin: string; specs: SpecFile[] }[];
  configs: Record<string, Omit<ConnectorConfig, "marketplace">>;
  /** Every bucket at test speed: the documented limits are tested elsewhere. */
  buckets: string[];
  operations: (ContractOperation & { config?: string })[];
};

const origin = (name: string) => `http://${name}.contract.invalid`;

export const CONTRACT_TARGETS: ContractTarget[] = [
  {
    marketplace: "wildberries",
    routes: [
      { origin: origin("wb-chat"), specs: ["wildberries-09-communications.yaml"] },
      { origin: origin("wb-feedbacks"), specs: ["wildberries-09-communications.yaml"] },
    ],
    configs: {
      default: {
        credentials: { token: "wb-contract-token-0001" },
        baseUrls: { chat: origin("wb-chat"), feedbacks: origin("wb-feedbacks") },
      },
    },
    buckets: Object.keys(WB_RATE_LIMITS),
    operations: [
      { name: "testConnection", run: (c) => c.testConnection() },
      { name: "fetchUpdates (first)", run: (c) => c.fetchUpdates({ cursor: null }) },
      { name: "fetchUpdates (cursor)", run: (c) => c.fetchUpdates({ cursor: "1700000000000" }) },
      { name: "listChats", run: (c) => c.listChats({}) },
      { name: "fetchChat", run: (c) => c.fetchChat({ chatExternalId: "1:1e265a58-a120-b178-008c-60af2460207c" }) },
      {
        name: "sendMessage (text)",
        run: (c) => c.sendMessage({ chat: { externalId: "1:abc", replyToken: "1:abc:sign" }, text: "Здравствуйте!" }),
      },
      {
        name: "sendMessage (no replySign)",
        run: (c) => c.sendMessage({ chat: { externalId: "1:abc" }, text: "Здравствуйте!" }),
      },
      {
        name: "sendMessage (file)",
        run: (c) =>
          c.sendMessage({ chat: { externalId: "1:abc", replyToken: "1:abc:sign" }, text: "Фото", files: [image] }),
      },
      {
        name: "downloadAttachment",
        run: (c) => c.downloadAttachment({ attachment: { externalId: "5a7b1c3e-download", url: null } }),
      },
      {
        name: "listReviews (reviews, unanswered)",
        run: (c) => c.listReviews({ kind: "review", unansweredOnly: true }),
      },
      {
        name: "listReviews (reviews, answered page)",
        run: (c) => c.listReviews({ kind: "review", unansweredOnly: false, pageToken: "a:0" }),
      },
      { name: "listReviews (questions)", run: (c) => c.listReviews({ kind: "question", unansweredOnly: false }) },
      {
        name: "listReviews (archive)",
        run: (c) => c.listReviews({ kind: "review", unansweredOnly: false, archive: true }),
      },
      {
        name: "listReviews (archive, unanswered, next page)",
        run: (c) => c.listReviews({ kind: "review", unansweredOnly: true, archive: true, pageToken: "r:100" }),
      },
      {
        name: "answerReview (review)",
        run: (c) =>
          c.answerReview({ review: { externalId: "YX52RZOP7P2pQCg", kind: "review" }, text: "Спасибо за отзыв!" }),
      },
      {
        name: "answerReview (review edit)",
        run: (c) =>
          c.answerReview({ review: { externalId: "YX52RZOP7P2pQCg", kind: "review" }, text: "Спасибо!", edit: true }),
      },
      {
        name: "answerReview (question)",
        run: (c) =>
          c.answerReview({ review: { externalId: "2ncBtX4B9I0UHoornoqG", kind: "question" }, text: "Да, подойдёт." }),
      },
    ],
  },
  {
    marketplace: "ozon",
    routes: [{ origin: origin("ozon"), specs: ["override:ozon"] }],
    configs: {
      default: {
        credentials: { clientId: "123456", apiKey: "ozon-contract-key-0001" },
        baseUrls: { api: origin("ozon") },
      },
    },
    buckets: Object.keys(OZON_RATE_LIMITS),
    operations: [
      { name: "testConnection", run: (c) => c.testConnection() },
      { name: "fetchUpdates (first)", run: (c) => c.fetchUpdates({ cursor: null }) },
      { name: "fetchUpdates (cursor)", run: (c) => c.fetchUpdates({ cursor: "3000000000118032000" }) },
      { name: "listChats", run: (c) => c.listChats({}) },
      { name: "listChats (awaiting reply)", run: (c) => c.listChats({ awaitingReplyOnly: true }) },
      { name: "fetchChat", run: (c) => c.fetchChat({ chatExternalId: "5e767w03-b400-4y1b-a841-75319ca8a5c8" }) },
      {
        name: "listMessages",
        run: (c) => c.listMessages({ chat: { externalId: "18b8e1f9-4ae7-461c-84ea-8e1f54d1a45e" } }),
      },
      {
        name: "listMessages (next page)",
        run: (c) =>
          c.listMessages({
            chat: { externalId: "18b8e1f9-4ae7-461c-84ea-8e1f54d1a45e" },
            pageToken: "3000000000817031942",
          }),
      },
      {
        name: "fetchMessage",
        run: (c) =>
          c.fetchMessage({
            chatExternalId: "18b8e1f9-4ae7-461c-84ea-8e1f54d1a45e",
            messageExternalId: "3000000000817031942",
          }),
      },
      {
        name: "sendMessage (text)",
        run: (c) =>
          c.sendMessage({ chat: { externalId: "99feb3fc-a474-469f-95d5-268b470cc607" }, text: "Здравствуйте!" }),
      },
      {
        name: "sendMessage (file)",
        run: (c) =>
          c.sendMessage({ chat: { externalId: "99feb3fc-a474-469f-95d5-268b470cc607" }, text: "", files: [image] }),
      },
      { name: "startChat", run: (c) => c.startChat({ context: { type: "order", id: "47873153-0052-1" } }) },
      {
        name: "markRead",
        run: (c) =>
          c.markRead({
            chat: { externalId: "99feb3fc-a474-469f-95d5-268b470cc607" },
            upToMessageId: "3000000000118032000",
          }),
      },
    ],
  },
  {
    marketplace: "yandex_market",
    routes: [{ origin: origin("ym"), specs: ["yandex-market-partner-api-chats-feedback.yaml"] }],
    configs: {
      default: { credentials: { apiKey: "ym-contract-key-0001", businessId: "5212" }, baseUrls: { api: origin("ym") } },
    },
    buckets: Object.keys(YM_RATE_LIMITS),
    operations: [
      { name: "testConnection", run: (c) => c.testConnection() },
      { name: "fetchUpdates (first)", run: (c) => c.fetchUpdates({ cursor: null }) },
      { name: "fetchUpdates (cursor)", run: (c) => c.fetchUpdates({ cursor: "2024-05-01T10:00:00.000Z" }) },
      { name: "listChats", run: (c) => c.listChats({}) },
      { name: "listChats (awaiting reply)", run: (c) => c.listChats({ awaitingReplyOnly: true }) },
      { name: "fetchChat", run: (c) => c.fetchChat({ chatExternalId: "12345" }) },
      { name: "listMessages", run: (c) => c.listMessages({ chat: { externalId: "12345" } }) },
      { name: "fetchMessage", run: (c) => c.fetchMessage({ chatExternalId: "12345", messageExternalId: "67890" }) },
      {
        name: "sendMessage (text)",
        run: (c) => c.sendMessage({ chat: { externalId: "12345" }, text: "Здравствуйте!" }),
      },
      {
        name: "sendMessage (file)",
        run: (c) => c.sendMessage({ chat: { externalId: "12345" }, text: "", files: [image] }),
      },
      { name: "startChat (order)", run: (c) => c.startChat({ context: { type: "order", id: "4567890" } }) },
      { name: "startChat (return)", run: (c) => c.startChat({ context: { type: "return", id: "1234" } }) },
      { name: "listReviews (need reaction)", run: (c) => c.listReviews({ kind: "review", unansweredOnly: true }) },
      { name: "listReviews (all)", run: (c) => c.listReviews({ kind: "review", unansweredOnly: false }) },
      {
        name: "listReviews (since)",
        run: (c) => c.listReviews({ kind: "review", unansweredOnly: false, since: "2025-12-01T00:00:00.000Z" }),
      },
      { name: "getReviews", run: (c) => c.getReviews({ ids: ["1001", "1002"] }) },
      { name: "getReviews (ratings only)", run: (c) => c.getReviews({ ids: ["1001"], ratingsOnly: true }) },
      { name: "getReviewComments", run: (c) => c.getReviewComments!({ ids: ["2001", "2002"] }) },
      {
        name: "answerReview (new)",
        run: (c) => c.answerReview({ review: { externalId: "1001", kind: "review" }, text: "Спасибо за отзыв!" }),
      },
      {
        name: "answerReview (edit)",
        run: (c) =>
          c.answerReview({ review: { externalId: "1001", kind: "review" }, text: "Спасибо!", existingAnswerId: "555" }),
      },
    ],
  },
  {
    marketplace: "avito",
    routes: [{ origin: origin("avito"), specs: ["avito-messenger.json", "avito-auth.json", "override:avito-user"] }],
    configs: {
      default: {
        credentials: { clientId: "avito-client", clientSecret: "avito-secret", userId: "94235311" },
        baseUrls: { api: origin("avito") },
      },
      noUserId: {
        credentials: { clientId: "avito-client", clientSecret: "avito-secret" },
        baseUrls: { api: origin("avito") },
      },
      refreshToken: {
        credentials: { clientId: "avito-client", clientSecret: "avito-secret", refreshToken: "avito-refresh-1" },
        baseUrls: { api: origin("avito") },
      },
    },
    buckets: Object.keys(AVITO_RATE_LIMITS),
    operations: [
      { name: "testConnection", run: (c) => c.testConnection() },
      { name: "testConnection (authorization code)", config: "refreshToken", run: (c) => c.testConnection() },
      { name: "fetchUpdates (first)", run: (c) => c.fetchUpdates({ cursor: null }) },
      { name: "fetchUpdates (cursor)", run: (c) => c.fetchUpdates({ cursor: "1571412836" }) },
      {
        name: "fetchUpdates (profile id from the API)",
        config: "noUserId",
        run: (c) => c.fetchUpdates({ cursor: null }),
      },
      { name: "listChats", run: (c) => c.listChats({}) },
      { name: "listChats (awaiting reply)", run: (c) => c.listChats({ awaitingReplyOnly: true }) },
      { name: "fetchChat", run: (c) => c.fetchChat({ chatExternalId: "u2i-abc" }) },
      { name: "listMessages", run: (c) => c.listMessages({ chat: { externalId: "u2i-abc" } }) },
      {
        name: "sendMessage (text)",
        run: (c) => c.sendMessage({ chat: { externalId: "u2i-abc" }, text: "Здравствуйте!" }),
      },
      {
        name: "sendMessage (image)",
        run: (c) => c.sendMessage({ chat: { externalId: "u2i-abc" }, text: "", files: [image] }),
      },
      { name: "markRead", run: (c) => c.markRead({ chat: { externalId: "u2i-abc" }, upToMessageId: "m1" }) },
      {
        name: "subscribeWebhook",
        run: (c) => c.subscribeWebhook({ url: "https://inbox.example/api/webhooks/avito/secret" }),
      },
    ],
  },
  {
    marketplace: "amazon",
    routes: [
      { origin: origin("amazon"), specs: ["amazon-sp-api-messaging-v1.json"] },
      { origin: origin("amazon-lwa"), specs: ["override:amazon-lwa"] },
    ],
    configs: {
      default: {
        credentials: {
          refreshToken: "Atzr|contract-refresh",
          clientId: "amzn1.application-oa2-client.contract",
          clientSecret: "contract-secret-0001",
          marketplaceId: "ATVPDKIKX0DER",
          region: "na",
        },
        baseUrls: { api: origin("amazon"), lwa: origin("amazon-lwa") },
      },
    },
    buckets: Object.keys(AMAZON_RATE_LIMITS),
    operations: [
      { name: "testConnection", run: (c) => c.testConnection() },
      { name: "listMessageTypes", run: (c) => c.listMessageTypes({ orderId: "123-1234567-1234567" }) },
      { name: "getBuyerLocale", run: (c) => c.getBuyerLocale({ orderId: "123-1234567-1234567" }) },
      {
        name: "sendMessage",
        run: (c) => c.sendMessage({ chat: { externalId: "123-1234567-1234567" }, text: "Your order ships today." }),
      },
      {
        name: "sendMessage (chosen type)",
        run: (c) =>
          c.sendMessage({
            chat: { externalId: "123-1234567-1234567" },
            text: "Delivery details, please.",
            messageType: "confirmDeliveryDetails",
          }),
      },
      { name: "startChat", run: (c) => c.startChat({ context: { type: "order", id: "123-1234567-1234567" } }) },
    ],
  },
];
