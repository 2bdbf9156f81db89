import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWN_SIMULATOR_DISAGREEMENTS } from "@/lib/marketplaces/contract/known-failures";
import type { SpecFile } from "@/lib/marketplaces/contract/overrides";
import { recordSpecExchanges, type SpecExchange } from "@/lib/marketplaces/contract/record-spec-exchanges";
import { createConnector } from "@/lib/marketplaces/create-connector";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import type { MarketplaceConnector } from "@/lib/marketplaces/types";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";
import { parseAllowedHost } from "@/lib/allowed-host";
import { createOutboundClient, type OutboundClient } from "@/lib/net/guarded-fetch";

// The simulator is held to the same official specs as the connectors: every operation the connectors use is
// driven through it, and each answer is validated against the spec's schema for the status it returned.
// Requests go through the guarded client, with a policy that allows the simulator's own address only.

const PNG = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=", "base64"),
);
const image = { fileName: "photo.png", mimeType: "image/png", bytes: PNG };

/** Operations the connectors call, per marketplace (operation ids as in the specs, see load-spec.ts). */
const OPERATIONS: Record<Marketplace, string[]> = {
  wildberries: [
    "ping",
    "GET /api/v1/seller/chats",
    "GET /api/v1/seller/events",
    "POST /api/v1/seller/message",
    "GET /api/v1/seller/download/{id}",
    "GET /api/v1/feedbacks",
    "GET /api/v1/feedbacks/archive",
    "GET /api/v1/questions",
    "POST /api/v1/feedbacks/answer",
    "PATCH /api/v1/questions",
  ],
  ozon: [
    "ChatAPI_ChatListV3",
    "ChatAPI_ChatHistoryV3",
    "ChatAPI_ChatSendMessage",
    "ChatAPI_ChatSendFile",
    "ChatAPI_ChatStart",
    "ChatAPI_ChatReadV2",
  ],
  yandex_market: [
    "getChats",
    "getChat",
    "getChatHistory",
    "getChatMessage",
    "sendMessageToChat",
    "sendFileToChat",
    "createChat",
    "getGoodsFeedbacks",
    "getGoodsFeedbackComments",
    "updateGoodsFeedbackComment",
  ],
  avito: [
    "getAccessToken",
    "getUserInfoSelf",
    "getChatsV2",
    "getChatByIdV2",
    "getMessagesV3",
    "postSendMessage",
    "uploadImages",
    "postSendImageMessage",
    "chatRead",
    "postWebhookV3",
  ],
  amazon: ["lwaToken", "getMessagingActionsForOrder", "GetAttributes", "createConfirmDeliveryDetails"],
};

let sim: Simulator;
let client: OutboundClient;
const exchanges: Partial<Record<Marketplace, SpecExchange[]>> = {};
const scenarioErrors: string[] = [];

async function attempt(label: string, run: () => Promise<unknown>) {
  try {
    return await run();
  } catch (error) {
    scenarioErrors.push(`${label}: ${(error as Error).message}`); // the connector's verdict is not judged here
    return null;
  }
}

async function drive(
  marketplace: Marketplace,
  mounts: { prefix: string; specs: SpecFile[] }[],
  scenario: (c: MarketplaceConnector) => Promise<void>,
) {
  const recorder = await recordSpecExchanges({ mounts, send: client.fetch });
  const credentials = sim.credentials[marketplace];
  const connector = createConnector({
    marketplace,
    credentials,
    baseUrls: sim.baseUrls[marketplace],
    runtime: { send: recorder.send, accountKey: testAccountKey(), http: FAST_HTTP },
  } as never);
  await scenario(connector);
  exchanges[marketplace] = recorder.exchanges;
}

async function chatScenario(
  c: MarketplaceConnector,
  { markRead = true, startChat }: { markRead?: boolean; startChat?: { type: "order" | "return"; id: string } },
) {
  await attempt("testConnection", () => c.testConnection());
  const updates = (await attempt("fetchUpdates", () => c.fetchUpdates({ cursor: null }))) as Awaited<
    ReturnType<MarketplaceConnector["fetchUpdates"]>
  > | null;
  const chats = (await attempt("listChats", () => c.listChats({}))) as Awaited<
    ReturnType<MarketplaceConnector["listChats"]>
  > | null;
  const chat = chats?.items[0];
  if (!chat) return updates;
  const ref = { externalId: chat.externalId, replyToken: chat.replyToken ?? null };
  await attempt("fetchChat", () => c.fetchChat({ chatExternalId: chat.externalId }));
  if (c.capabilities.chatHistory) {
    const page = (await attempt("listMessages", () => c.listMessages({ chat: ref }))) as {
      items: { externalId: string }[];
    } | null;
    const message = page?.items.at(-1);
    if (message)
      await attempt("fetchMessage", () =>
        c.fetchMessage({ chatExternalId: chat.externalId, messageExternalId: message.externalId }),
      );
    if (message && markRead)
      await attempt("markRead", () => c.markRead({ chat: ref, upToMessageId: message.externalId }));
  }
  await attempt("sendMessage", () => c.sendMessage({ chat: ref, text: "Здравствуйте! Проверим и ответим." }));
  await attempt("sendMessage(file)", () => c.sendMessage({ chat: ref, text: "", files: [image] }));
  if (startChat) await attempt("startChat", () => c.startChat({ context: startChat }));
  return updates;
}

beforeAll(async () => {
  sim = await startSimulator();
  client = createOutboundClient({ policy: { allowedHosts: [parseAllowedHost(sim.url)!] } });
  for (const marketplace of ["wildberries", "ozon", "yandex_market", "avito"] as const) {
    sim.control.injectBuyerMessage({ marketplace, text: "Здравствуйте, где мой заказ?", withFile: true });
  }
  // Buyer traffic's variety (Avito non-text messages, WB chats without goodCard, Ozon edits/reads) is in the answers too.
  for (let i = 0; i < 40; i++) sim.control.trafficTick();
  sim.control.addNegativeReview({ marketplace: "wildberries" });
  sim.control.addNegativeReview({ marketplace: "yandex_market" });
  const u = sim.baseUrls;

  await drive(
    "wildberries",
    [
      { prefix: u.wildberries.chat, specs: ["wildberries-09-communications.yaml"] },
      { prefix: u.wildberries.feedbacks, specs: ["wildberries-09-communications.yaml"] },
    ],
    async (c) => {
      const updates = await chatScenario(c, { markRead: false });
      const file = updates?.messages.flatMap((m) => m.attachments ?? []).find((a) => a.externalId);
      if (file)
        await attempt("downloadAttachment", () =>
          c.downloadAttachment({ attachment: { externalId: file.externalId, url: file.url ?? null } }),
        );
      for (const kind of ["review", "question"] as const) {
        const page = (await attempt(`listReviews(${kind})`, () => c.listReviews({ kind, unansweredOnly: false }))) as {
          items: { externalId: string }[];
        } | null;
        const first = page?.items[0];
        if (first)
          await attempt(`answerReview(${kind})`, () =>
            c.answerReview({ review: { externalId: first.externalId, kind }, text: "Спасибо, что написали!" }),
          );
      }
      await attempt("listReviews(archive)", () =>
        c.listReviews({ kind: "review", unansweredOnly: false, archive: true }),
      );
    },
  );
  await drive("ozon", [{ prefix: u.ozon.api, specs: ["override:ozon"] }], (c) =>
    chatScenario(c, { startChat: { type: "order", id: "47873153-0052-1" } }).then(() => undefined),
  );
  await drive(
    "yandex_market",
    [{ prefix: u.yandex_market.api, specs: ["yandex-market-partner-api-chats-feedback.yaml"] }],
    async (c) => {
      await chatScenario(c, { markRead: false, startChat: { type: "order", id: "77001" } });
      const page = (await attempt("listReviews", () => c.listReviews({ kind: "review", unansweredOnly: false }))) as {
        items: { externalId: string }[];
      } | null;
      const first = page?.items[0];
      if (first) {
        await attempt("getReviews", () => c.getReviews({ ids: [first.externalId] }));
        // Reads the review's comments first (getGoodsFeedbackComments), then writes the answer.
        await attempt("answerReview", () =>
          c.answerReview({ review: { externalId: first.externalId, kind: "review" }, text: "Спасибо за отзыв!" }),
        );
        const thread = (await attempt("getReviews(thread)", () => c.getReviews({ ids: [first.externalId] }))) as
          { replies?: { externalId: string }[] }[] | null;
        const commentIds = (thread?.[0]?.replies ?? []).map((r) => r.externalId).filter(Boolean);
        if (commentIds.length) await attempt("getReviewComments", () => c.getReviewComments!({ ids: commentIds }));
      }
    },
  );
  await drive(
    "avito",
    [{ prefix: u.avito.api, specs: ["avito-messenger.json", "avito-auth.json", "override:avito-user"] }],
    async (c) => {
      await chatScenario(c, {});
      await attempt("subscribeWebhook", () =>
        c.subscribeWebhook({ url: "https://inbox.example/api/webhooks/avito/secret" }),
      );
    },
  );
  await drive(
    "amazon",
    [
      { prefix: u.amazon.api, specs: ["amazon-sp-api-messaging-v1.json"] },
      { prefix: u.amazon.lwa, specs: ["override:amazon-lwa"] },
    ],
    async (c) => {
      await attempt("testConnection", () => c.testConnection());
      await attempt("listMessageTypes", () => c.listMessageTypes({ orderId: "123-1234567-1234567" }));
      await attempt("getBuyerLocale", () => c.getBuyerLocale({ orderId: "123-1234567-1234567" }));
      await attempt("sendMessage", () =>
        c.sendMessage({
          chat: { externalId: "123-1234567-1234567" },
          text: "Your parcel ships today.",
          messageType: "confirmDeliveryDetails",
        }),
      );
    },
  );
}, 60_000);

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

describe("simulator answers match the official specs", () => {
  for (const [marketplace, operations] of Object.entries(OPERATIONS) as [Marketplace, string[]][]) {
    for (const operationId of operations) {
      const known = KNOWN_SIMULATOR_DISAGREEMENTS[`${marketplace}|${operationId}`];
      (known ? it.fails : it)(`${marketplace} ${operationId}`, () => {
        const hits = (exchanges[marketplace] ?? []).filter((e) => e.operationId === operationId);
        expect(hits.length, `not reached; scenario errors: ${scenarioErrors.join(" | ")}`).toBeGreaterThan(0);
        expect(
          hits.filter((h) => h.errors.length).map((h) => `${h.request} -> ${h.status}: ${h.errors.join("; ")}`),
        ).toEqual([]);
      });
    }
    it(`${marketplace}: every path the simulator serves exists in the spec`, () => {
      expect((exchanges[marketplace] ?? []).filter((e) => e.operationId === null).map((e) => e.request)).toEqual([]);
    });
  }
});
