import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  MarketplaceAuthError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceResponseError,
  MarketplaceServerError,
  MarketplaceTimeoutError,
} from "@/lib/marketplaces/http/errors";
import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";
import type { Message } from "@/lib/marketplaces/schemas";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";
import { createWildberriesConnector } from "@/lib/marketplaces/wildberries/connector";

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
});

function connector({ token, http }: { token?: string; http?: HttpOptionsInput } = {}) {
  return createWildberriesConnector({
    credentials: { token: token ?? sim.credentials.wildberries.token },
    baseUrls: sim.baseUrls.wildberries,
    runtime: { http: { ...FAST_HTTP, ...http }, accountKey: testAccountKey() },
  });
}

async function drain(wb: ReturnType<typeof connector>, cursor: string | null) {
  const messages: Message[] = [];
  let next = cursor;
  for (let i = 0; i < 50; i++) {
    const batch = await wb.fetchUpdates({ cursor: next });
    messages.push(...batch.messages);
    next = batch.cursor;
    if (!batch.hasMore) break;
  }
  return { messages, cursor: next };
}

describe("wildberries connector over HTTP", () => {
  it("reads events, builds chats with replySign, replies with the bare token header", async () => {
    const wb = connector();
    const start = await drain(wb, null);
    const { chatId } = sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      text: "Где мой заказ?",
      customerName: "Алёна",
      withFile: true,
    });
    const batch = await wb.fetchUpdates({ cursor: start.cursor });
    const chat = batch.chats.find((c) => c.externalId === chatId)!;
    expect(chat).toMatchObject({ customerName: "Алёна", replyToken: expect.stringContaining(chatId) });
    const message = batch.messages.find((m) => m.chatExternalId === chatId)!;
    expect(message).toMatchObject({ author: "buyer", text: "Где мой заказ?" });
    expect(message.attachments[0]).toMatchObject({ fileName: "Чек.pdf", mimeType: "application/pdf" });

    const sent = await wb.sendMessage({
      chat,
      text: "Здравствуйте! Заказ уже в пути.",
      files: [{ fileName: "photo.png", mimeType: "image/png", bytes: new Uint8Array([137, 80, 78, 71]) }],
    });
    expect(sent.chatExternalId).toBe(chatId);
    const record = sim.control.sentMessages({ marketplace: "wildberries" }).at(-1)!;
    expect(record).toMatchObject({
      chatId,
      text: "Здравствуйте! Заказ уже в пути.",
      files: [{ name: "photo.png", type: "image/png", size: 4 }],
    });
    const authHeaders = sim.control.requests().map((r) => r.headers.authorization);
    expect(new Set(authHeaders)).toEqual(new Set([sim.credentials.wildberries.token]));

    const dl = await wb.downloadAttachment({ attachment: message.attachments[0]! });
    expect(dl).toMatchObject({ status: "ready", mimeType: "application/pdf" });
  });

  it("follows the `next` cursor page by page until totalEvents is 0", async () => {
    const wb = connector();
    const { cursor } = await drain(wb, null);
    sim.state.wbChat.pageSize = 2;
    try {
      const ids = Array.from(
        { length: 5 },
        (_, i) => sim.control.injectBuyerMessage({ marketplace: "wildberries", text: `сообщение ${i}` }).messageId,
      );
      const first = await wb.fetchUpdates({ cursor });
      expect(first.messages).toHaveLength(2);
      expect(first.hasMore).toBe(true);
      const rest = await drain(wb, first.cursor);
      expect([...first.messages, ...rest.messages].map((m) => m.externalId)).toEqual(ids);
      const idle = await wb.fetchUpdates({ cursor: rest.cursor });
      expect(idle).toMatchObject({ messages: [], hasMore: false, cursor: rest.cursor });
    } finally {
      sim.state.wbChat.pageSize = 50;
    }
  });

  it("gets replySign from GET /seller/chats when the batch has no isNewChat event, even if the list is otherwise empty", async () => {
    const wb = connector();
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "wildberries" });
    const { cursor } = await drain(wb, null);
    sim.control.injectBuyerMessage({ marketplace: "wildberries", chatId, text: "ещё вопрос" });
    const batch = await wb.fetchUpdates({ cursor });
    expect(batch.chats[0]!.replyToken).toBe(sim.state.wbChat.chats.get(chatId)!.replySign);

    sim.state.wbChat.hideChatList = true;
    try {
      expect((await wb.listChats({})).items).toEqual([]);
      const fresh = sim.control.injectBuyerMessage({ marketplace: "wildberries" });
      const next = await wb.fetchUpdates({ cursor: batch.cursor });
      const chat = next.chats.find((c) => c.externalId === fresh.chatId)!;
      await expect(wb.sendMessage({ chat, text: "Ответ" })).resolves.toMatchObject({ chatExternalId: fresh.chatId });
    } finally {
      sim.state.wbChat.hideChatList = false;
    }
  });

  it("401 -> MarketplaceAuthError with WB's own message, no retries", async () => {
    const wb = connector({ token: "wrong-token-1234567890" });
    const error = await wb.fetchUpdates({ cursor: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as MarketplaceAuthError).message).toMatch(/^token problem/);
    expect(sim.control.requests()).toHaveLength(1);
    await expect(wb.testConnection()).rejects.toBeInstanceOf(MarketplaceAuthError);
  });

  it("429 with Retry-After is waited out, then succeeds; persistent 429 surfaces retryAfterMs", async () => {
    const wb = connector();
    sim.control.addFault({
      prefix: "/wb-chat",
      path: "/events",
      status: 429,
      message: "limited by test",
      retryAfterSeconds: 0.3,
    });
    const startedAt = Date.now();
    await wb.fetchUpdates({ cursor: null });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect(sim.control.requests().map((r) => r.status)).toEqual([429, 200]);

    sim.control.addFault({
      prefix: "/wb-chat",
      path: "/events",
      status: 429,
      message: "limited",
      retryAfterSeconds: 0.01,
      times: 10,
    });
    const error = await wb.fetchUpdates({ cursor: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRateLimitError);
    expect((error as MarketplaceRateLimitError).retryAfterMs).toBe(10);
  });

  it("retries 5xx on reads with backoff; does not retry a 500 on send (it may have been delivered)", async () => {
    const wb = connector();
    sim.control.addFault({ prefix: "/wb-chat", path: "/events", status: 503, times: 2 });
    await expect(wb.fetchUpdates({ cursor: null })).resolves.toBeDefined();
    expect(sim.control.requests().map((r) => r.status)).toEqual([503, 503, 200]);

    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "wildberries" });
    const replySign = sim.state.wbChat.chats.get(chatId)!.replySign;
    sim.control.clearRequests();
    sim.control.addFault({ prefix: "/wb-chat", path: "/message", status: 500, times: 3 });
    await expect(
      wb.sendMessage({ chat: { externalId: chatId, replyToken: replySign }, text: "x" }),
    ).rejects.toBeInstanceOf(MarketplaceServerError);
    expect(sim.control.requests()).toHaveLength(1);
  });

  it("times out slow responses and retries reads", async () => {
    const wb = connector({ http: { timeoutMs: 100, retries: 0 } });
    sim.control.addFault({ prefix: "/wb-chat", path: "/events", kind: "slow", delayMs: 300 });
    await expect(wb.fetchUpdates({ cursor: null })).rejects.toBeInstanceOf(MarketplaceTimeoutError);

    const patient = connector({ http: { timeoutMs: 100, retries: 1 } });
    sim.control.addFault({ prefix: "/wb-chat", path: "/events", kind: "slow", delayMs: 300 });
    await expect(patient.fetchUpdates({ cursor: null })).resolves.toBeDefined();
  });

  it("malformed JSON -> MarketplaceResponseError", async () => {
    sim.control.addFault({ prefix: "/wb-chat", path: "/events", kind: "malformed" });
    await expect(connector().fetchUpdates({ cursor: null })).rejects.toBeInstanceOf(MarketplaceResponseError);
  });

  it("moderation/validation rejections carry WB's reason verbatim", async () => {
    const wb = connector();
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "wildberries" });
    const chat = { externalId: chatId, replyToken: sim.state.wbChat.chats.get(chatId)!.replySign };
    sim.control.addFault({
      prefix: "/wb-chat",
      path: "/message",
      kind: "moderation",
      message: "A24FA09844E: attachment too big. Max size: 5MiB",
    });
    const error = await wb.sendMessage({ chat, text: "Смотрите файл" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as MarketplaceRejectedError).reason).toBe("A24FA09844E: attachment too big. Max size: 5MiB");

    const bad = await wb
      .sendMessage({ chat: { externalId: chatId, replyToken: "1:forged" }, text: "x" })
      .catch((e: unknown) => e);
    expect((bad as MarketplaceRejectedError).reason).toBe("Invalid signature");

    const long = await wb.sendMessage({ chat, text: "я".repeat(1001) }).catch((e: unknown) => e);
    expect(long).toMatchObject({ vendorCode: "LOCAL_VALIDATION" });
    const video = await wb
      .sendMessage({ chat, text: "", files: [{ fileName: "v.mp4", mimeType: "video/mp4", bytes: new Uint8Array(1) }] })
      .catch((e: unknown) => e);
    expect((video as MarketplaceRejectedError).reason).toMatch(/video\/mp4/);
  });

  it("download: 202 pending moderation and 451 rejected", async () => {
    const wb = connector();
    sim.state.wbChat.files.set("pending-1", {
      state: "pending",
      bytes: new Uint8Array(),
      contentType: "image/jpeg",
      name: "a.jpg",
    });
    sim.state.wbChat.files.set("rejected-1", {
      state: "rejected",
      bytes: new Uint8Array(),
      contentType: "image/jpeg",
      name: "b.jpg",
    });
    await expect(wb.downloadAttachment({ attachment: { externalId: "pending-1", url: null } })).resolves.toEqual({
      status: "pending",
      retryAfterSeconds: 30,
    });
    await expect(wb.downloadAttachment({ attachment: { externalId: "rejected-1", url: null } })).resolves.toEqual({
      status: "rejected",
      reason: "moderation error",
    });
  });

  it("lists unanswered feedbacks and questions and answers them (204 / 200)", async () => {
    const wb = connector();
    const reviews = await wb.listReviews({ kind: "review", unansweredOnly: true });
    expect(reviews.items.length).toBeGreaterThanOrEqual(2);
    expect(reviews.nextPageToken).toBeNull();
    const all = await wb.listReviews({ kind: "review", unansweredOnly: false });
    expect(all.nextPageToken).toBe("a:0"); // then the answered ones
    const answered = await wb.listReviews({ kind: "review", unansweredOnly: false, pageToken: all.nextPageToken });
    expect(answered.items.map((r) => r.answerText)).toContain("Спасибо за отзыв!");
    expect(answered.nextPageToken).toBeNull();
    expect(reviews.items.every((r) => !r.answered && r.kind === "review")).toBe(true);
    const target = reviews.items[0]!;
    await wb.answerReview({ review: target, text: "Спасибо за отзыв!" });
    const after = await wb.listReviews({ kind: "review", unansweredOnly: true });
    expect(after.items.map((r) => r.externalId)).not.toContain(target.externalId);

    const questions = await wb.listReviews({ kind: "question", unansweredOnly: true });
    const q = questions.items[0]!;
    await wb.answerReview({ review: q, text: "Рост модели 180 см" });
    expect(sim.state.wbFeedbacks.questions.find((x) => x.id === q.externalId)!.answer?.text).toBe("Рост модели 180 см");
    await expect(
      wb.answerReview({ review: { externalId: "nope", kind: "question" }, text: "x" }),
    ).rejects.toMatchObject({ reason: "Вопрос не найден" });
  });

  it("an event the simulator sends without an eventID is kept aside; the message after it is read and the cursor moves on", async () => {
    const wb = connector();
    const start = await drain(wb, null);
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "wildberries", text: "до" });
    sim.control.addOddRecord();
    sim.control.injectBuyerMessage({ marketplace: "wildberries", chatId, text: "после" });
    const batch = await wb.fetchUpdates({ cursor: start.cursor });
    expect(batch.messages.map((m) => m.text)).toEqual(["до", "после"]);
    expect(batch.skipped).toEqual([expect.objectContaining({ kind: "wildberries.event", reason: "eventID: missing" })]);
    expect(Number(batch.cursor)).toBeGreaterThan(Number(start.cursor));
  });

  it("reads reviews left unanswered for 30 days from the archive only", async () => {
    const wb = connector();
    const current = await wb.listReviews({ kind: "review", unansweredOnly: true });
    const archived = await wb.listReviews({ kind: "review", unansweredOnly: true, archive: true });
    expect(archived.items.length).toBeGreaterThanOrEqual(1);
    expect(archived.items.every((r) => !r.answered)).toBe(true);
    const ids = new Set(current.items.map((r) => r.externalId));
    expect(archived.items.some((r) => ids.has(r.externalId))).toBe(false);
  });

  it("rate limiter spaces requests per account at the configured bucket", async () => {
    const wb = connector({ http: { rateLimits: { chat: { burst: 2, intervalMs: 100 } } } });
    const startedAt = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => wb.listChats({})));
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);
  });

  it("testConnection makes a real call and reports success", async () => {
    await expect(connector().testConnection()).resolves.toEqual({
      ok: true,
      accountLabel: null,
      warnings: [],
      identity: expect.stringMatching(/^(seller:|token-sha256:)/),
    });
    expect(sim.control.requests().some((r) => r.path === "/wb-chat/ping")).toBe(true);
  });

  it("testConnection warns, as a code with the marketplace's words, when the token has no reviews-and-questions access", async () => {
    sim.control.addFault({
      prefix: "/wb-feedbacks",
      path: "/api/v1/questions",
      status: 401,
      message: "token scope not allowed",
    });
    const check = await connector().testConnection();
    expect(check.warnings).toEqual([{ code: "no_feedback_access", params: { detail: expect.any(String) } }]);
    expect(JSON.stringify(check.warnings)).not.toMatch(/[а-яё]/i);
  });
});
