import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  MarketplaceAuthError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceResponseError,
  MarketplaceTimeoutError,
} from "@/lib/marketplaces/http/errors";
import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";
import { createYandexMarketConnector } from "@/lib/marketplaces/yandex_market/connector";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.control.clearFaults();
  sim.control.clearRequests();
  sim.state.ym.maxPageSize = 100;
});

function connector({
  apiKey,
  businessId,
  http,
}: { apiKey?: string; businessId?: string; http?: HttpOptionsInput } = {}) {
  return createYandexMarketConnector({
    credentials: {
      apiKey: apiKey ?? sim.credentials.yandex_market.apiKey,
      businessId: businessId ?? sim.credentials.yandex_market.businessId,
    },
    baseUrls: sim.baseUrls.yandex_market,
    runtime: { http: { ...FAST_HTTP, ...http }, accountKey: testAccountKey() },
  });
}

describe("yandex market connector over HTTP", () => {
  it("syncs chats and messages, filters WAITING_FOR_PARTNER, sends with chatId in the query", async () => {
    const ym = connector();
    const { chatId, messageId } = sim.control.injectBuyerMessage({
      marketplace: "yandex_market",
      text: "Когда доставка?",
      customerName: "Мария",
      withFile: true,
    });
    const batch = await ym.fetchUpdates({ cursor: null });
    expect(batch.chats.find((c) => c.externalId === chatId)).toMatchObject({
      customerName: "Мария",
      awaitingReply: true,
      context: { orderId: "77001" },
    });
    expect(batch.messages.find((m) => m.externalId === messageId)).toMatchObject({
      author: "buyer",
      text: "Когда доставка?",
      attachments: [{ fileName: "фото.jpg" }],
    });

    const waiting = await ym.listChats({ awaitingReplyOnly: true });
    expect(waiting.items.map((c) => c.externalId)).toContain(chatId);
    const listCall = sim.control
      .requests()
      .filter((r) => r.path.endsWith("/chats"))
      .at(-1)!;
    expect(JSON.parse(listCall.body)).toEqual({ statuses: ["NEW", "WAITING_FOR_PARTNER"] });

    await ym.sendMessage({
      chat: { externalId: chatId },
      text: "Завтра до 18:00",
      files: [{ fileName: "трек.pdf", mimeType: "application/pdf", bytes: new Uint8Array(3) }],
    });
    const sendCall = sim.control.requests().find((r) => r.path.endsWith("/chats/message") && r.method === "POST")!;
    expect(sendCall.headers["api-key"]).toBe(sim.credentials.yandex_market.apiKey);
    expect(sim.control.sentMessages({ marketplace: "yandex_market" }).map((s) => [s.kind, s.chatId])).toEqual([
      ["message", chatId],
      ["file", chatId],
    ]);
    expect((await ym.listChats({ awaitingReplyOnly: true })).items.map((c) => c.externalId)).not.toContain(chatId);

    const next = await ym.fetchUpdates({ cursor: batch.cursor });
    expect(next.messages.filter((m) => m.author === "seller").map((m) => m.text)).toEqual(["Завтра до 18:00", ""]);
    await expect(ym.fetchMessage({ chatExternalId: chatId, messageExternalId: messageId })).resolves.toMatchObject({
      text: "Когда доставка?",
    });
    await expect(ym.fetchChat({ chatExternalId: chatId })).resolves.toMatchObject({ externalId: chatId });
  });

  it("pages with pageToken", async () => {
    const ym = connector();
    for (let i = 0; i < 3; i++) sim.control.injectBuyerMessage({ marketplace: "yandex_market" });
    sim.state.ym.maxPageSize = 2;
    const seen: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const res = await ym.listChats({ pageToken: token });
      seen.push(...res.items.map((c) => c.externalId));
      token = res.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(seen.sort()).toEqual([...sim.state.ym.chats.keys()].map(String).sort());
  });

  it("starts ORDER and RETURN chats; rejects unknown orders verbatim", async () => {
    const ym = connector();
    const order = await ym.startChat({ context: { type: "order", id: "77002" } });
    const ret = await ym.startChat({ context: { type: "return", id: "88001" } });
    expect(sim.state.ym.chats.get(Number(order.chatExternalId))!.context).toMatchObject({
      type: "ORDER",
      orderId: 77002,
    });
    expect(sim.state.ym.chats.get(Number(ret.chatExternalId))!.context).toMatchObject({
      type: "RETURN",
      returnId: 88001,
    });
    await expect(ym.startChat({ context: { type: "order", id: "1" } })).rejects.toMatchObject({
      reason: "Нельзя начать чат: ORDER 1 не найден",
    });
  });

  it("lists every review of the window and decides 'answered' from the shop's comments, not needReaction", async () => {
    const ym = connector();
    const since = new Date(Date.now() - 86_400_000).toISOString();
    const page = await ym.listReviews({ kind: "review", unansweredOnly: true, since });
    const byId = new Map(page.items.map((r) => [r.externalId, r]));
    // 902 was opened in the cabinet (needReaction false) but never answered; 903 has the shop's comment.
    expect(sim.state.ym.feedbacks.find((f) => f.feedbackId === 902)!.needReaction).toBe(false);
    expect([...byId.keys()].sort()).toEqual(["901", "902", "903"]);
    expect(byId.get("902")).toMatchObject({ answered: false, replies: [] });
    expect(byId.get("903")).toMatchObject({
      answered: true,
      replies: [{ externalId: "903001", author: "seller", chatExternalId: "903" }],
    });
    const list = sim.control.requests().find((r) => r.path.endsWith("/goods-feedback"))!;
    expect(JSON.parse(list.body)).toEqual({ reactionStatus: "ALL", dateTimeFrom: since });
    expect(list.query).toContain("limit=50");
    // Only the review with an answer had its comments read (commentsCount counts answers).
    expect(
      sim.control
        .requests()
        .filter((r) => r.path.endsWith("/goods-feedback/comments"))
        .map((r) => JSON.parse(r.body)),
    ).toEqual([{ feedbackId: 903 }]);

    sim.control.clearRequests();
    await ym.listReviews({ kind: "review", unansweredOnly: true, since: "2020-01-01T00:00:00Z" });
    const from = JSON.parse(sim.control.requests().find((r) => r.path.endsWith("/goods-feedback"))!.body)
      .dateTimeFrom as string;
    expect(Date.now() - Date.parse(from)).toBeLessThanOrEqual(184 * 86_400_000); // the spec's 6-month maximum
  });

  it("answers a review once, then edits that comment by its id; a buyer's comment after it is answered under it", async () => {
    const ym = connector();
    const updates = () =>
      sim.control
        .requests()
        .filter((r) => r.path.endsWith("/goods-feedback/comments/update"))
        .map((r) => JSON.parse(r.body));
    const first = await ym.answerReview({ review: { externalId: "902", kind: "review" }, text: "Спасибо!" });
    await ym.answerReview({ review: { externalId: "902", kind: "review" }, text: "Спасибо большое!" });
    expect(updates()).toEqual([
      { feedbackId: 902, comment: { text: "Спасибо!" } },
      { feedbackId: 902, comment: { id: Number(first.answerExternalId), text: "Спасибо большое!" } },
    ]);
    const fb = sim.state.ym.feedbacks.find((f) => f.feedbackId === 902)!;
    expect(fb.comments.map((c) => c.text)).toEqual(["Спасибо большое!"]);

    // An answer left in the cabinet is edited too.
    sim.control.clearRequests();
    await ym.answerReview({ review: { externalId: "903", kind: "review" }, text: "Спасибо! Доставка теперь 1–2 дня." });
    expect(updates()).toEqual([
      { feedbackId: 903, comment: { id: 903001, text: "Спасибо! Доставка теперь 1–2 дня." } },
    ]);

    const { commentId } = sim.control.ym.addFeedbackComment({
      feedbackId: "903",
      text: "А в мой город?",
      parentId: "903001",
    });
    sim.control.clearRequests();
    await ym.answerReview({ review: { externalId: "903", kind: "review" }, text: "В ваш город — 3 дня." });
    expect(updates()).toEqual([
      { feedbackId: 903, comment: { parentId: Number(commentId), text: "В ваш город — 3 дня." } },
    ]);
  });

  it("reads reviews by id (ratings only, or with their threads) and comments by id", async () => {
    const ym = connector();
    const byId = await ym.getReviews({ ids: ["901", "903"], ratingsOnly: true });
    expect(byId.map((r) => r.externalId).sort()).toEqual(["901", "903"]);
    expect(sim.control.requests().filter((r) => r.path.endsWith("/goods-feedback/comments"))).toHaveLength(0);
    expect(sim.control.requests().find((r) => r.path.endsWith("/goods-feedback"))?.body).toMatch(
      /^\{"feedbackIds":\[90[13],90[13]\]\}$/,
    );
    const threaded = await ym.getReviews({ ids: ["903"] });
    expect(threaded[0]).toMatchObject({ answered: true });
    expect(threaded[0]!.replies![0]).toMatchObject({ externalId: "903001", author: "seller" });
    await expect(ym.getReviews({ ids: Array.from({ length: 51 }, (_, i) => String(i + 1)) })).rejects.toThrow(
      "at most 50",
    );

    const { commentId } = sim.control.ym.addFeedbackComment({ feedbackId: "901", text: "Спасибо за ответ" });
    expect(await ym.getReviewComments!({ ids: [commentId] })).toMatchObject([
      { externalId: commentId, chatExternalId: "901", author: "buyer", text: "Спасибо за ответ" },
    ]);
  });

  it("401 and 403 -> MarketplaceAuthError with the marketplace's message", async () => {
    await expect(connector({ apiKey: "bad-api-key-123" }).testConnection()).rejects.toThrow(
      "Api-Key is invalid or expired",
    );
    const error = await connector({ businessId: "999" })
      .testConnection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as Error).message).toBe("Access to business 999 denied");
  });

  it("420 is the rate limit: waits Retry-After, then succeeds; persistent 420 surfaces", async () => {
    const ym = connector();
    sim.control.addFault({
      prefix: "/ym",
      path: "/chats",
      status: 420,
      message: "Too many requests",
      retryAfterSeconds: 0.2,
    });
    const startedAt = Date.now();
    await ym.listChats({});
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
    sim.control.addFault({ prefix: "/ym", status: 420, times: 5 });
    const error = await ym.listChats({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRateLimitError);
    expect((error as MarketplaceRateLimitError).status).toBe(420);
  });

  it("5xx retried; timeout and malformed JSON typed", async () => {
    sim.control.addFault({ prefix: "/ym", status: 500, times: 2 });
    await expect(connector().listChats({})).resolves.toBeDefined();
    expect(sim.control.requests().map((r) => r.status)).toEqual([500, 500, 200]);
    sim.control.addFault({ prefix: "/ym", kind: "slow", delayMs: 300 });
    await expect(connector({ http: { timeoutMs: 100, retries: 0 } }).listChats({})).rejects.toBeInstanceOf(
      MarketplaceTimeoutError,
    );
    sim.control.addFault({ prefix: "/ym", kind: "malformed" });
    await expect(connector().listChats({})).rejects.toBeInstanceOf(MarketplaceResponseError);
  });

  it("moderation / closed chat rejections carry YM's reason", async () => {
    const ym = connector();
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "yandex_market" });
    sim.control.addFault({
      prefix: "/ym",
      path: "/chats/message",
      method: "POST",
      kind: "moderation",
      message: "Сообщение не прошло модерацию: ссылки запрещены",
    });
    const error = await ym
      .sendMessage({ chat: { externalId: chatId }, text: "http://example.com" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as MarketplaceRejectedError).reason).toBe("Сообщение не прошло модерацию: ссылки запрещены");
    sim.state.ym.chats.get(Number(chatId))!.status = "FINISHED";
    await expect(ym.sendMessage({ chat: { externalId: chatId }, text: "ok" })).rejects.toMatchObject({
      vendorCode: "CHAT_FINISHED",
    });
  });
});
