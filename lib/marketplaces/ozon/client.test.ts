import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  MarketplaceAuthError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceResponseError,
  MarketplaceTimeoutError,
} from "@/lib/marketplaces/http/errors";
import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";
import { createOzonConnector } from "@/lib/marketplaces/ozon/connector";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";

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
  sim.state.ozon.maxPageSize = 1000;
});

function connector({ apiKey, http }: { apiKey?: string; http?: HttpOptionsInput } = {}) {
  return createOzonConnector({
    credentials: { clientId: sim.credentials.ozon.clientId, apiKey: apiKey ?? sim.credentials.ozon.apiKey },
    baseUrls: sim.baseUrls.ozon,
    runtime: { http: { ...FAST_HTTP, ...http }, accountKey: testAccountKey() },
  });
}

describe("ozon connector over HTTP", () => {
  it("syncs by the highest message id, keeps ids > 2^53 exact, sends text and base64 files", async () => {
    const ozon = connector();
    const { chatId, messageId } = sim.control.injectBuyerMessage({ marketplace: "ozon", text: "Подойдёт ли чехол?" });
    expect(BigInt(messageId) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    const first = await ozon.fetchUpdates({ cursor: null });
    expect(first.messages.find((m) => m.externalId === messageId)).toMatchObject({
      author: "buyer",
      text: "Подойдёт ли чехол?",
      chatExternalId: chatId,
    });
    expect(first.cursor).toBe(sim.state.ozon.nextMessageId.toString());
    const chat = first.chats.find((c) => c.externalId === chatId)!;
    expect(chat.context).toMatchObject({ orderId: "47873153-0052-1", productId: "987654321" });
    expect(
      sim.control
        .requests()
        .every((r) => r.headers["client-id"] === sim.credentials.ozon.clientId && r.headers["api-key"]),
    ).toBe(true);

    const second = sim.control.injectBuyerMessage({ marketplace: "ozon", chatId, text: "И ещё: есть ли гарантия?" });
    sim.control.clearRequests();
    const next = await ozon.fetchUpdates({ cursor: first.cursor });
    expect(next.messages.map((m) => m.externalId)).toEqual([second.messageId]);
    const historyCall = sim.control.requests().find((r) => r.path === "/ozon/v3/chat/history")!;
    expect(historyCall.body).toContain(`"from_message_id":${first.cursor}`); // bare uint64, not a rounded double

    await ozon.sendMessage({
      chat: { externalId: chatId },
      text: "Да, гарантия 1 год",
      files: [{ fileName: "гарантия.pdf", mimeType: "application/pdf", bytes: new TextEncoder().encode("%PDF") }],
    });
    const sent = sim.control.sentMessages({ marketplace: "ozon" });
    expect(sent.map((s) => s.kind)).toEqual(["message", "file"]);
    expect(sent[1]!.files[0]).toMatchObject({ name: "гарантия.pdf", size: 4 });

    await ozon.markRead({ chat: { externalId: chatId }, upToMessageId: second.messageId });
    expect(sim.state.ozon.chats.get(chatId)!.messages.every((m) => m.is_read)).toBe(true);
    await expect(
      ozon.fetchMessage({ chatExternalId: chatId, messageExternalId: second.messageId }),
    ).resolves.toMatchObject({ text: "И ещё: есть ли гарантия?" });
  });

  it("pages the chat list by cursor and the history backwards", async () => {
    const ozon = connector();
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "ozon" });
    for (let i = 0; i < 4; i++) sim.control.injectBuyerMessage({ marketplace: "ozon", chatId, text: `вопрос ${i}` });
    sim.control.injectBuyerMessage({ marketplace: "ozon" });
    sim.state.ozon.maxPageSize = 2;
    const ids: string[] = [];
    let token: string | null = null;
    let pages = 0;
    do {
      const page = await ozon.listChats({ pageToken: token });
      ids.push(...page.items.map((c) => c.externalId));
      token = page.nextPageToken;
      pages++;
    } while (token);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids)).toEqual(new Set(sim.state.ozon.chats.keys()));

    const texts: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await ozon.listMessages({ chat: { externalId: chatId }, pageToken: cursor });
      texts.unshift(...page.items.map((m) => m.text));
      cursor = page.nextPageToken;
    } while (cursor);
    expect(texts).toHaveLength(5);
    expect(texts.slice(1)).toEqual(["вопрос 0", "вопрос 1", "вопрос 2", "вопрос 3"]);
  });

  it("starts a chat by posting number", async () => {
    const { chatExternalId } = await connector().startChat({ context: { type: "order", id: "47873153-0052-1" } });
    expect(sim.state.ozon.chats.has(chatExternalId)).toBe(true);
  });

  it("403 -> MarketplaceAuthError with Ozon's message", async () => {
    const error = await connector({ apiKey: "wrong-api-key-000" })
      .testConnection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as Error).message).toBe("Invalid Api-Key, please contact support");
  });

  it("429 honours Retry-After; 5xx retried; persistent 429 surfaces", async () => {
    const ozon = connector();
    sim.control.addFault({ prefix: "/ozon", path: "/v3/chat/list", status: 429, retryAfterSeconds: 0.2 });
    sim.control.addFault({ prefix: "/ozon", path: "/v3/chat/list", status: 500 });
    const startedAt = Date.now();
    await ozon.listChats({});
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
    expect(sim.control.requests().map((r) => r.status)).toEqual([429, 500, 200]);
    sim.control.addFault({ prefix: "/ozon", status: 429, times: 5 });
    await expect(ozon.listChats({})).rejects.toBeInstanceOf(MarketplaceRateLimitError);
  });

  it("timeout and malformed JSON are typed", async () => {
    sim.control.addFault({ prefix: "/ozon", kind: "slow", delayMs: 300 });
    await expect(connector({ http: { timeoutMs: 100, retries: 0 } }).listChats({})).rejects.toBeInstanceOf(
      MarketplaceTimeoutError,
    );
    sim.control.addFault({ prefix: "/ozon", kind: "malformed" });
    await expect(connector().listChats({})).rejects.toBeInstanceOf(MarketplaceResponseError);
  });

  it("moderation rejection on send keeps Ozon's reason verbatim and is not retried", async () => {
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "ozon" });
    sim.control.addFault({
      prefix: "/ozon",
      path: "/send/message",
      kind: "moderation",
      message: "Сообщение содержит запрещённые контакты",
    });
    const error = await connector()
      .sendMessage({ chat: { externalId: chatId }, text: "пишите на почту" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as MarketplaceRejectedError).reason).toBe("Сообщение содержит запрещённые контакты");
    expect(sim.control.requests().filter((r) => r.path.endsWith("/send/message"))).toHaveLength(1);
  });
});
