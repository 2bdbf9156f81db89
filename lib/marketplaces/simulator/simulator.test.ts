import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createConnector } from "@/lib/marketplaces/create-connector";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";

let sim: Simulator;
let receiver: Server;
let receiverUrl: string;
const received: Array<{ path: string; body: string }> = [];

beforeAll(async () => {
  sim = await startSimulator();
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await sim.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

async function waitFor<T>(fn: () => T | undefined, ms = 2000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = fn();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

const runtime = () => ({ http: FAST_HTTP, accountKey: testAccountKey() });

describe("simulator control API over HTTP", () => {
  it("describes itself, injects buyer messages, lists what sellers sent", async () => {
    const info = await (await fetch(`${sim.url}/_sim`)).json();
    expect(info.prefixes).toEqual(["/wb-chat", "/wb-feedbacks", "/ozon", "/ym", "/avito", "/amazon", "/lwa"]);
    const res = await fetch(`${sim.url}/_sim/buyer-messages`, {
      method: "POST",
      body: JSON.stringify({ marketplace: "ozon", text: "Есть в наличии?" }),
    });
    expect(res.status).toBe(201);
    const { chatId } = (await res.json()) as { chatId: string };
    const ozon = createConnector({
      marketplace: "ozon",
      credentials: sim.credentials.ozon,
      baseUrls: sim.baseUrls.ozon,
      runtime: runtime(),
    });
    await ozon.sendMessage({ chat: { externalId: chatId }, text: "Да, есть" });
    const sent = (await (await fetch(`${sim.url}/_sim/sent?marketplace=ozon`)).json()) as Array<{
      chatId: string;
      text: string;
    }>;
    expect(sent.at(-1)).toMatchObject({ chatId, text: "Да, есть" });
    const bad = await fetch(`${sim.url}/_sim/buyer-messages`, {
      method: "POST",
      body: JSON.stringify({ marketplace: "amazon" }),
    });
    expect(bad.status).toBe(400); // Amazon has no inbound messages
  });

  it("injects faults with Retry-After through POST /_sim/faults", async () => {
    const add = await fetch(`${sim.url}/_sim/faults`, {
      method: "POST",
      body: JSON.stringify({ prefix: "/ym", status: 420, message: "Hit rate limit", retryAfterSeconds: 7 }),
    });
    expect(add.status).toBe(201);
    const hit = await fetch(`${sim.baseUrls.yandex_market.api}/v2/businesses/1001/chats`, {
      method: "POST",
      headers: { "Api-Key": sim.credentials.yandex_market.apiKey },
      body: "{}",
    });
    expect(hit.status).toBe(420);
    expect(hit.headers.get("retry-after")).toBe("7");
    expect(await hit.json()).toEqual({
      status: "ERROR",
      errors: [{ code: "HIT_RATE_LIMIT", message: "Hit rate limit" }],
    });
    const after = await fetch(`${sim.baseUrls.yandex_market.api}/v2/businesses/1001/chats`, {
      method: "POST",
      headers: { "Api-Key": sim.credentials.yandex_market.apiKey },
      body: "{}",
    });
    expect(after.status).toBe(200); // fault used up
  });

  it("accepts only the credentials it was started with", async () => {
    const custom = await startSimulator({ credentials: { wildberries: { token: "custom-wb-token-123456" } } });
    try {
      const make = (token: string) =>
        createConnector({
          marketplace: "wildberries",
          credentials: { token },
          baseUrls: custom.baseUrls.wildberries,
          runtime: runtime(),
        });
      await expect(make("custom-wb-token-123456").testConnection()).resolves.toMatchObject({ ok: true });
      await expect(make(sim.credentials.wildberries.token).testConnection()).rejects.toThrow(/token problem/);
    } finally {
      await custom.close();
    }
  });

  it("generates Russian buyer traffic at the given rate and stops", async () => {
    const before = sim.state.wbChat.events.length;
    sim.control.startTraffic({ ratePerMinute: 6000, marketplaces: ["wildberries"] });
    await new Promise((r) => setTimeout(r, 200));
    sim.control.stopTraffic();
    const generated = sim.state.wbChat.events.length - before;
    expect(generated).toBeGreaterThanOrEqual(5);
    expect(generated).toBeLessThanOrEqual(25);
    await new Promise((r) => setTimeout(r, 50));
    expect(sim.state.wbChat.events.length - before).toBe(generated);
    const text = (sim.state.wbChat.events.at(-1)!.message as { text: string }).text;
    expect(text).toMatch(/[а-яё]/i);
  });

  it("pushes Ozon, Yandex Market and Avito webhooks that the connectors understand", async () => {
    const ozon = createConnector({
      marketplace: "ozon",
      credentials: sim.credentials.ozon,
      baseUrls: sim.baseUrls.ozon,
      runtime: runtime(),
    });
    const ym = createConnector({
      marketplace: "yandex_market",
      credentials: sim.credentials.yandex_market,
      baseUrls: sim.baseUrls.yandex_market,
      runtime: runtime(),
    });
    const avito = createConnector({
      marketplace: "avito",
      credentials: sim.credentials.avito,
      baseUrls: sim.baseUrls.avito,
      runtime: runtime(),
    });
    sim.control.setWebhookTarget({ marketplace: "ozon", url: `${receiverUrl}/ozon` });
    sim.control.setWebhookTarget({ marketplace: "yandex_market", url: `${receiverUrl}/ym` });
    await avito.subscribeWebhook({ url: `${receiverUrl}/avito` });

    const o = sim.control.injectBuyerMessage({ marketplace: "ozon", text: "Озон: где заказ?" });
    const y = sim.control.injectBuyerMessage({ marketplace: "yandex_market", text: "Маркет: где заказ?" });
    const a = sim.control.injectBuyerMessage({ marketplace: "avito", text: "Авито: торг уместен?" });

    const ozonPush = await waitFor(() => received.find((r) => r.path === "/ozon" && r.body.includes(o.messageId)));
    const ozonResult = await ozon.handleWebhook({ body: ozonPush.body });
    expect(ozonResult.events[0]).toMatchObject({
      type: "message.created",
      messageExternalId: o.messageId,
      message: { text: "Озон: где заказ?", author: "buyer" },
    });
    expect(ozonPush.body).toContain(`"message_id":"${o.messageId}"`);

    const ymPush = await waitFor(() =>
      received.find(
        (r) =>
          r.path === "/ym/notification" &&
          r.body.includes("CHAT_MESSAGE_SENT") &&
          r.body.includes(`"messageId":"${y.messageId}"`),
      ),
    );
    const ymResult = await ym.handleWebhook({ body: ymPush.body });
    expect(ymResult.response.status).toBe(200);
    const event = ymResult.events[0]!;
    expect(event).toMatchObject({ type: "message.created", chatExternalId: y.chatId, message: null });
    if (event.type !== "message.created") throw new Error("unexpected event");
    await expect(
      ym.fetchMessage({ chatExternalId: event.chatExternalId, messageExternalId: event.messageExternalId }),
    ).resolves.toMatchObject({ text: "Маркет: где заказ?" });
    expect(received.some((r) => r.path === "/ym/notification" && r.body.includes("CHAT_CREATED"))).toBe(true);

    const avitoPush = await waitFor(() => received.find((r) => r.path === "/avito" && r.body.includes(a.messageId)));
    expect((await avito.handleWebhook({ body: avitoPush.body })).events[0]).toMatchObject({
      type: "message.created",
      chatExternalId: a.chatId,
      message: { author: "buyer", text: "Авито: торг уместен?" },
    });
    await waitFor(() => (sim.state.webhookDeliveries.length >= 4 ? true : undefined));
    expect(sim.state.webhookDeliveries.every((d) => d.status === 200)).toBe(true);
  });
});
