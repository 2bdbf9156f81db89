import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createAvitoConnector } from "@/lib/marketplaces/avito/connector";
import { exchangeAvitoAuthorizationCode } from "@/lib/marketplaces/avito/oauth";
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
import type { ConnectorRuntimeOptions } from "@/lib/marketplaces/types";

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

function connector({
  clientSecret,
  refreshToken,
  userId,
  http,
  runtime,
}: {
  clientSecret?: string;
  refreshToken?: string;
  userId?: string | null;
  http?: HttpOptionsInput;
  runtime?: ConnectorRuntimeOptions;
} = {}) {
  const c = sim.credentials.avito;
  return createAvitoConnector({
    credentials: {
      clientId: c.clientId,
      clientSecret: clientSecret ?? c.clientSecret,
      userId: userId === null ? undefined : (userId ?? c.userId),
      refreshToken,
    },
    baseUrls: sim.baseUrls.avito,
    runtime: { http: { ...FAST_HTTP, ...http }, accountKey: testAccountKey(), ...runtime },
  });
}

describe("avito connector over HTTP", () => {
  it("client_credentials: one cached token, Bearer header, sync + reply + image, webhook subscribe", async () => {
    const avito = connector({ userId: null });
    const { chatId, messageId } = sim.control.injectBuyerMessage({
      marketplace: "avito",
      text: "Диван ещё продаётся?",
      customerName: "Пётр",
    });
    const before = sim.state.avito.tokenRequests;
    const batch = await avito.fetchUpdates({ cursor: null });
    expect(batch.chats.find((c) => c.externalId === chatId)).toMatchObject({
      customerName: "Пётр",
      awaitingReply: true,
      context: { itemTitle: "Диван угловой" },
    });
    expect(batch.messages.find((m) => m.externalId === messageId)).toMatchObject({
      author: "buyer",
      text: "Диван ещё продаётся?",
    });
    expect(sim.control.requests().some((r) => r.path === "/avito/core/v1/accounts/self")).toBe(true);
    expect(sim.control.requests().some((r) => r.path.endsWith(`/chats/${chatId}/messages/`))).toBe(true); // v3 trailing slash

    const sent = await avito.sendMessage({ chat: { externalId: chatId }, text: "Да, продаётся" });
    expect(sent.externalId).toMatch(/^[0-9a-f]{32}$/);
    await avito.sendMessage({
      chat: { externalId: chatId },
      text: "",
      files: [{ fileName: "фото.jpg", mimeType: "image/jpeg", bytes: new Uint8Array([255, 216, 255]) }],
    });
    expect(sim.control.sentMessages({ marketplace: "avito" }).map((s) => s.kind)).toEqual(["message", "file"]);
    await avito.markRead({ chat: { externalId: chatId }, upToMessageId: messageId });
    expect(sim.state.avito.chats.get(chatId)!.read).toBe(true);
    await avito.subscribeWebhook({ url: "http://127.0.0.1:9/avito-hook" });
    expect(sim.state.webhookTargets.avito).toContain("http://127.0.0.1:9/avito-hook");

    expect(sim.state.avito.tokenRequests - before).toBe(1);
    const bearer = sim.control
      .requests()
      .filter((r) => r.path.startsWith("/avito/messenger"))
      .map((r) => r.headers.authorization);
    expect(new Set(bearer).size).toBe(1);
    expect(bearer[0]).toMatch(/^Bearer [0-9a-f]{32}$/);

    const next = await avito.fetchUpdates({ cursor: batch.cursor });
    expect(next.messages.filter((m) => m.author === "seller").map((m) => m.text)).toContain("Да, продаётся");
  });

  it("accepts {messages: [...]} as well as a bare array", async () => {
    const avito = connector();
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "avito", text: "обёрнутый ответ" });
    sim.state.avito.wrapMessages = true;
    try {
      const page = await avito.listMessages({ chat: { externalId: chatId } });
      expect(page.items.map((m) => m.text)).toEqual(["обёрнутый ответ"]);
    } finally {
      sim.state.avito.wrapMessages = false;
    }
  });

  it("authorization code -> refresh token; refresh rotates and is handed back; 401 re-fetches a token once", async () => {
    const c = sim.credentials.avito;
    const creds = await exchangeAvitoAuthorizationCode({
      clientId: c.clientId,
      clientSecret: c.clientSecret,
      code: "sim-avito-code",
      apiBaseUrl: sim.baseUrls.avito.api,
      runtime: { http: FAST_HTTP },
    });
    expect(creds.refreshToken).toMatch(/^[0-9a-f]{32}$/);
    const changes: Array<Record<string, unknown>> = [];
    const avito = connector({
      refreshToken: creds.refreshToken,
      runtime: { onCredentialsChange: (next) => void changes.push(next) },
    });
    await avito.listChats({});
    expect(changes).toHaveLength(1);
    expect(changes[0]!.refreshToken).not.toBe(creds.refreshToken);
    expect(sim.state.avito.refreshTokens.has(changes[0]!.refreshToken as string)).toBe(true);

    sim.state.avito.accessTokens.clear(); // every access token revoked
    await expect(avito.listChats({})).resolves.toBeDefined();
    expect(
      sim.control
        .requests()
        .filter((r) => r.path === "/avito/messenger/v2/accounts/94235311/chats")
        .map((r) => r.status),
    ).toEqual([200, 401, 200]);
    expect(changes).toHaveLength(2);

    const used = await exchangeAvitoAuthorizationCode({
      clientId: c.clientId,
      clientSecret: c.clientSecret,
      code: "sim-avito-code",
      apiBaseUrl: sim.baseUrls.avito.api,
      runtime: { http: FAST_HTTP },
    }).catch((e: unknown) => e);
    expect(used).toBeInstanceOf(MarketplaceAuthError);
    expect((used as Error).message).toBe("code is invalid or used");
  });

  it("bad client secret -> MarketplaceAuthError with Avito's description", async () => {
    const error = await connector({ clientSecret: "wrong-secret" })
      .testConnection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as Error).message).toBe("Client authentication failed");
  });

  it("429 Retry-After, 5xx retry, timeout, malformed", async () => {
    const avito = connector();
    await avito.listChats({}); // token first
    sim.control.clearRequests();
    sim.control.addFault({ prefix: "/avito", path: "/chats", status: 429, retryAfterSeconds: 0.2 });
    sim.control.addFault({ prefix: "/avito", path: "/chats", status: 502 });
    const startedAt = Date.now();
    await avito.listChats({});
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
    expect(sim.control.requests().map((r) => r.status)).toEqual([429, 502, 200]);
    sim.control.addFault({ prefix: "/avito", path: "/chats", status: 429, times: 5 });
    await expect(avito.listChats({})).rejects.toBeInstanceOf(MarketplaceRateLimitError);
    sim.control.clearFaults();
    sim.control.addFault({ prefix: "/avito", path: "/chats", kind: "slow", delayMs: 300 });
    await expect(connector({ http: { timeoutMs: 100, retries: 0 } }).listChats({})).rejects.toBeInstanceOf(
      MarketplaceTimeoutError,
    );
    sim.control.addFault({ prefix: "/avito", path: "/chats", kind: "malformed" });
    await expect(avito.listChats({})).rejects.toBeInstanceOf(MarketplaceResponseError);
  });

  it("rejections on send carry Avito's message", async () => {
    const avito = connector();
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "avito" });
    sim.control.addFault({
      prefix: "/avito",
      path: "/messages",
      method: "POST",
      kind: "moderation",
      message: "Сообщение заблокировано: подозрение на мошенничество",
    });
    const error = await avito
      .sendMessage({ chat: { externalId: chatId }, text: "переведите предоплату" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as MarketplaceRejectedError).reason).toBe("Сообщение заблокировано: подозрение на мошенничество");
  });
});
