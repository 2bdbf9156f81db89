import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as avitoRoute from "@/app/api/webhooks/avito/[secret]/route";
import * as ozonRoute from "@/app/api/webhooks/ozon/[secret]/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { sweepWebhookEvents } from "@/lib/ingest/sweep-webhook-events";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { startRouteServer } from "@/lib/test/route-server";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Webhook routes end to end: the simulator pushes real payloads over HTTP to the route handlers,
// which store, acknowledge, then process (in-process, as in the embedded default).

let db: TestDatabase;
let sim: Simulator;
let server: Awaited<ReturnType<typeof startRouteServer>>;
let workspaceId: string;
const ids: Record<"ym" | "avito" | "ozon", string> = { ym: "", avito: "", ozon: "" };

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  server = await startRouteServer({
    routes: [
      {
        method: "POST",
        pattern: /^\/api\/webhooks\/yandex_market\/(?<secret>[^/]+)\/notification$/,
        handler: ymRoute.POST,
      },
      { method: "POST", pattern: /^\/api\/webhooks\/avito\/(?<secret>[^/]+)$/, handler: avitoRoute.POST },
      { method: "POST", pattern: /^\/api\/webhooks\/ozon\/(?<secret>[^/]+)$/, handler: ozonRoute.POST },
    ],
  });
  const fx = await createWorkspaceFixture({ name: "Hooks", chats: 0 });
  workspaceId = fx.workspace.id;
  ids.ym = (
    await createSimAccount({ workspaceId, sim, marketplace: "yandex_market", webhookSecret: "ym-secret-1234567890" })
  ).id;
  ids.avito = (
    await createSimAccount({ workspaceId, sim, marketplace: "avito", webhookSecret: "avito-secret-1234567890" })
  ).id;
  ids.ozon = (
    await createSimAccount({ workspaceId, sim, marketplace: "ozon", webhookSecret: "ozon-secret-1234567890" })
  ).id;
  sim.control.setWebhookTarget({
    marketplace: "yandex_market",
    url: `${server.url}/api/webhooks/yandex_market/ym-secret-1234567890`,
  });
  sim.control.setWebhookTarget({
    marketplace: "avito",
    url: `${server.url}/api/webhooks/avito/avito-secret-1234567890`,
  });
  sim.control.setWebhookTarget({ marketplace: "ozon", url: `${server.url}/api/webhooks/ozon/ozon-secret-1234567890` });
});
afterAll(async () => {
  await settleWebhookDrain(); // processing after the answers still needs the simulator
  await server.close();
  await sim.close();
  await db.cleanup();
});
beforeEach(() => sim.control.clearFaults());

async function until<T>(fn: () => Promise<T | null | undefined | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const messagesWithText = (text: string) => db.prisma.message.findMany({ where: { text }, include: { chat: true } });
const waitForMessages = (text: string) =>
  until(async () => {
    const rows = await messagesWithText(text);
    return rows.length ? rows : null;
  });

describe("Yandex Market notifications", () => {
  it("stores a buyer message pushed as CHAT_MESSAGE_SENT, fetched through the API, once", async () => {
    const text = `Где мой заказ? ${Date.now()}`;
    await sim.control.injectBuyerMessage({ marketplace: "yandex_market", text });
    const [message] = await waitForMessages(text);
    expect(message!.author).toBe("BUYER");
    expect(message!.chat.accountId).toBe(ids.ym);
    expect(message!.chat.awaitingReplySince).not.toBeNull();
    expect(message!.chat.unreadCount).toBe(1);
    expect(message!.intent).toBe("delivery");
    const delivery = sim.state.webhookDeliveries.at(-1)!;
    expect(delivery.status).toBe(200);
  });

  it("answers PING and every notification with {version, name, time}", async () => {
    const res = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: "ym-secret-1234567890" },
      body: { notificationType: "PING", time: new Date().toISOString() },
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.json).sort()).toEqual(["name", "time", "version"]);
    const other = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: "ym-secret-1234567890" },
      body: { notificationType: "ORDER_CREATED", orderId: 1, campaignId: 2, createdAt: new Date().toISOString() },
    });
    expect(other.status).toBe(200);
    expect(other.json.name).toBeTruthy();
  });

  it("keeps aside a notification it cannot use (acknowledged, nothing to process) and rejects a body that is no notification", async () => {
    const before = await db.prisma.webhookEvent.count();
    const unusable = { notificationType: "CHAT_MESSAGE_SENT", chatId: "not-a-number" };
    const kept = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: "ym-secret-1234567890" },
      body: unusable,
    });
    expect(kept.status).toBe(200);
    const quarantined = await db.prisma.quarantinedRecord.findMany({ where: { accountId: ids.ym } });
    expect(quarantined.map((q) => [q.kind, JSON.parse(q.raw)])).toEqual([["yandex_market.push", unusable]]);
    expect(quarantined[0]!.reason).toContain("messageId");
    const notJson = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: "ym-secret-1234567890" },
      body: "{oops",
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error.type).toBe("WRONG_EVENT_FORMAT");
    expect(await db.prisma.webhookEvent.count()).toBe(before);
  });

  it("a pushed message that cannot be read is kept aside and the push marked done, not retried", async () => {
    const { chatId } = await sim.control.injectBuyerMessage({
      marketplace: "yandex_market",
      text: `Первое ${Date.now()}`,
    });
    const chat = sim.state.ym.chats.get(Number(chatId))!;
    const messageId = ++sim.state.ym.seq;
    chat.messages.push({ messageId, createdAt: "когда-то", sender: "CUSTOMER", message: "нечитаемое время" });
    const body = {
      notificationType: "CHAT_MESSAGE_SENT",
      chatId: Number(chatId),
      messageId,
      businessId: Number(sim.credentials.yandex_market.businessId),
      sentAt: new Date().toISOString(),
    };
    const res = await callRoute(ymRoute.POST, { method: "POST", params: { secret: "ym-secret-1234567890" }, body });
    expect(res.status).toBe(200);
    const kept = await until(() =>
      db.prisma.quarantinedRecord.findFirst({ where: { accountId: ids.ym, kind: "yandex_market.message" } }),
    );
    expect(kept.reason).toBe("createdAt: not_a_date");
    const event = await until(() =>
      db.prisma.webhookEvent.findFirst({
        where: { accountId: ids.ym, dedupKey: { contains: String(messageId) }, processedAt: { not: null } },
      }),
    );
    expect(event.lastError).toBeNull();
  });

  it("answers 404 to an unknown secret and to another marketplace's secret, 413 to an oversized body", async () => {
    const body = { notificationType: "PING", time: new Date().toISOString() };
    expect((await callRoute(ymRoute.POST, { method: "POST", params: { secret: "wrong" }, body })).status).toBe(404);
    expect(
      (await callRoute(ymRoute.POST, { method: "POST", params: { secret: "ozon-secret-1234567890" }, body })).status,
    ).toBe(404);
    const huge = JSON.stringify({ notificationType: "PING", time: "x".repeat(1_100_000) });
    expect(
      (await callRoute(ymRoute.POST, { method: "POST", params: { secret: "ym-secret-1234567890" }, body: huge }))
        .status,
    ).toBe(413);
  });

  it("acknowledges a duplicated delivery without storing or processing it again", async () => {
    const text = `Дубль ${Date.now()}`;
    const { chatId, messageId } = await sim.control.injectBuyerMessage({ marketplace: "yandex_market", text });
    await waitForMessages(text);
    const events = await db.prisma.webhookEvent.count();
    const payload = {
      notificationType: "CHAT_MESSAGE_SENT",
      chatId: Number(chatId),
      messageId: String(messageId),
      businessId: 1001,
      sentAt: new Date().toISOString(),
    };
    const again = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: "ym-secret-1234567890" },
      body: payload,
    });
    expect(again.status).toBe(200);
    expect(await db.prisma.webhookEvent.count()).toBe(events);
    expect(await messagesWithText(text)).toHaveLength(1);
  });

  it("keeps an event whose processing fails and stores its message exactly once when the sweep retries", async () => {
    const startedAt = new Date();
    // A known chat (so the push is CHAT_MESSAGE_SENT alone, not CHAT_CREATED with its history).
    const first = `Первое ${Date.now()}`;
    const { chatId } = await sim.control.injectBuyerMessage({ marketplace: "yandex_market", text: first });
    await waitForMessages(first);
    // Every attempt to fetch the message fails (5xx, retried by the connector, then given up).
    sim.control.addFault({ prefix: "/ym", path: "chats/message", kind: "status", status: 503, times: 50 });
    const text = `Сбой ${Date.now()}`;
    await sim.control.injectBuyerMessage({ marketplace: "yandex_market", chatId, text });
    const failed = await until(
      () =>
        db.prisma.webhookEvent.findFirst({
          where: { accountId: ids.ym, processedAt: null, lastError: { not: null }, receivedAt: { gte: startedAt } },
        }),
      30_000,
    );
    expect(await messagesWithText(text)).toHaveLength(0);
    sim.control.clearFaults();
    const future = new Date(Date.now() + 2 * 3_600_000);
    const swept = await sweepWebhookEvents({ now: future });
    expect(swept.processed).toBeGreaterThanOrEqual(1);
    expect(await messagesWithText(text)).toHaveLength(1);
    expect((await db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: failed.id } })).processedAt).not.toBeNull();
    // A second sweep has nothing left to do and stores nothing twice.
    await sweepWebhookEvents({ now: future });
    expect(await messagesWithText(text)).toHaveLength(1);
  }, 60_000);
});

describe("Avito messenger webhook", () => {
  it("stores a buyer message, and the seller's own message as the seller's", async () => {
    const text = `Avito покупатель ${Date.now()}`;
    const { chatId } = await sim.control.injectBuyerMessage({ marketplace: "avito", text });
    const [buyer] = await waitForMessages(text);
    expect(buyer!.author).toBe("BUYER");
    const own = `Ответ продавца ${Date.now()}`;
    const userId = Number(sim.credentials.avito.userId);
    const payload = {
      id: `evt-${Date.now()}`,
      version: "v3.0.0",
      timestamp: Math.floor(Date.now() / 1000),
      payload: {
        type: "message",
        value: {
          id: `own-${Date.now()}`,
          chat_id: chatId,
          user_id: userId,
          author_id: userId,
          created: Math.floor(Date.now() / 1000) + 1,
          type: "text",
          chat_type: "u2i",
          content: { text: own },
          item_id: 1,
        },
      },
    };
    const res = await callRoute(avitoRoute.POST, {
      method: "POST",
      params: { secret: "avito-secret-1234567890" },
      body: payload,
    });
    expect(res.status).toBe(200);
    const [seller] = await waitForMessages(own);
    expect(seller!.author).toBe("SELLER");
    // The seller answered: the chat no longer waits for a reply.
    expect(seller!.chat.awaitingReplySince).toBeNull();
    expect(seller!.chat.unreadCount).toBe(0);
  });
});

describe("Ozon push notifications", () => {
  it("answers TYPE_PING with {version, name, time} and errors with {error: {code}}", async () => {
    const ping = await callRoute(ozonRoute.POST, {
      method: "POST",
      params: { secret: "ozon-secret-1234567890" },
      body: { message_type: "TYPE_PING", time: new Date().toISOString() },
    });
    expect(ping.status).toBe(200);
    expect(Object.keys(ping.json).sort()).toEqual(["name", "time", "version"]);
    // A chat push it cannot use is acknowledged and kept aside; a body that is no push gets the error shape.
    const unusable = await callRoute(ozonRoute.POST, {
      method: "POST",
      params: { secret: "ozon-secret-1234567890" },
      body: { message_type: "TYPE_NEW_MESSAGE" },
    });
    expect(unusable).toMatchObject({ status: 200, json: { result: true } });
    expect(await db.prisma.quarantinedRecord.count({ where: { accountId: ids.ozon, kind: "ozon.push" } })).toBe(1);
    const bad = await callRoute(ozonRoute.POST, {
      method: "POST",
      params: { secret: "ozon-secret-1234567890" },
      body: { time: "x" },
    });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.json.error.code).toBeTruthy();
  });

  it("stores a pushed buyer message, and orders out-of-order deliveries by the marketplace's time", async () => {
    const text = `Ozon ${Date.now()}`;
    const { chatId } = await sim.control.injectBuyerMessage({ marketplace: "ozon", text });
    await waitForMessages(text);
    const later = new Date(Date.now() + 60_000).toISOString();
    const earlier = new Date(Date.now() + 30_000).toISOString();
    const push = (id: string, at: string, body: string) => ({
      message_type: "TYPE_NEW_MESSAGE",
      chat_id: chatId,
      chat_type: "Buyer_Seller",
      message_id: id,
      created_at: at,
      user: { id: "115568", type: "Customer" },
      data: [body],
      seller_id: "7",
    });
    // Delivered newest first; message ids beyond 2^53 must survive as strings.
    expect(
      (
        await callRoute(ozonRoute.POST, {
          method: "POST",
          params: { secret: "ozon-secret-1234567890" },
          body: push("9007199254740993123", later, "второе"),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await callRoute(ozonRoute.POST, {
          method: "POST",
          params: { secret: "ozon-secret-1234567890" },
          body: push("9007199254740993122", earlier, "первое"),
        })
      ).status,
    ).toBe(200);
    const chat = await until(async () => {
      const c = await db.prisma.chat.findFirst({
        where: { accountId: ids.ozon, externalId: chatId },
        include: { messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      });
      return c && c.messages.length >= 3 ? c : null;
    });
    expect(chat.messages.map((m) => m.text).slice(-2)).toEqual(["первое", "второе"]);
    expect(chat.messages.at(-1)!.externalId).toBe("9007199254740993123");
    expect(chat.lastMessageAt.toISOString()).toBe(later);
    expect(chat.lastMessagePreview).toBe("второе");
  });
});

describe("Ozon edits and read receipts", () => {
  const send = (body: unknown) =>
    callRoute(ozonRoute.POST, { method: "POST", params: { secret: "ozon-secret-1234567890" }, body });
  const base = (chatId: string, messageId: string, createdAt: string) => ({
    chat_id: chatId,
    chat_type: "Buyer_Seller",
    message_id: messageId,
    created_at: createdAt,
    user: { id: "115568", type: "Сustomer" },
    seller_id: "7",
  });

  it("TYPE_UPDATE_MESSAGE replaces the text, keeps the original and the edit time; redeliveries change nothing", async () => {
    const chatId = `ozon-edit-${Date.now()}`;
    const createdAt = new Date(Date.now() - 60_000).toISOString();
    const updatedAt = new Date(Date.now() - 30_000).toISOString();
    expect(
      (
        await send({
          message_type: "TYPE_NEW_MESSAGE",
          ...base(chatId, "3000000000900000001", createdAt),
          data: ["Размер 42 подойдёт?"],
        })
      ).status,
    ).toBe(200);
    await waitForMessages("Размер 42 подойдёт?");
    const edit = {
      message_type: "TYPE_UPDATE_MESSAGE",
      ...base(chatId, "3000000000900000001", createdAt),
      updated_at: updatedAt,
      data: ["Размер 44 подойдёт?"],
    };
    expect((await send(edit)).status).toBe(200);
    const edited = await until(async () => {
      const m = await db.prisma.message.findFirst({
        where: { externalId: "3000000000900000001", chat: { externalId: chatId } },
        include: { chat: true },
      });
      return m?.editedAt ? m : null;
    });
    expect(edited.text).toBe("Размер 44 подойдёт?");
    expect(edited.originalText).toBe("Размер 42 подойдёт?");
    expect(edited.editedAt!.toISOString()).toBe(updatedAt);
    expect(edited.chat.lastMessagePreview).toBe("Размер 44 подойдёт?");
    // The same edit again: stored once, and still one message.
    expect((await send(edit)).status).toBe(200);
    await settleWebhookDrain();
    expect(
      await db.prisma.webhookEvent.count({
        where: { accountId: ids.ozon, dedupKey: { startsWith: `message-edit:${chatId}:` } },
      }),
    ).toBe(1);
    const rows = await db.prisma.message.findMany({ where: { chat: { externalId: chatId } } });
    expect(rows.map((r) => r.text)).toEqual(["Размер 44 подойдёт?"]);
    // A late redelivery of the original message does not undo the edit.
    expect(
      (
        await send({
          message_type: "TYPE_NEW_MESSAGE",
          ...base(chatId, "3000000000900000001", createdAt),
          data: ["Размер 42 подойдёт?"],
        })
      ).status,
    ).toBe(200);
    await settleWebhookDrain();
    expect((await db.prisma.message.findFirstOrThrow({ where: { id: edited.id } })).text).toBe("Размер 44 подойдёт?");
  });

  it("the simulator's buyer edit arrives as TYPE_UPDATE_MESSAGE and is shown edited", async () => {
    const text = `Ozon до правки ${Date.now()}`;
    const { chatId, messageId } = await sim.control.injectBuyerMessage({ marketplace: "ozon", text });
    await waitForMessages(text);
    sim.control.editOzonBuyerMessage({ chatId, messageId, text: `${text} (исправлено)` });
    const edited = await until(() =>
      db.prisma.message.findFirst({ where: { externalId: messageId, editedAt: { not: null } } }),
    );
    expect(edited.text).toBe(`${text} (исправлено)`);
    expect(edited.originalText).toBe(text);
  });

  it("TYPE_MESSAGE_READ marks our messages up to last_read_message_id read by the buyer, later ones stay unread", async () => {
    const chatId = `ozon-read-${Date.now()}`;
    const t0 = Date.now() - 120_000;
    expect(
      (
        await send({
          message_type: "TYPE_NEW_MESSAGE",
          ...base(chatId, "3000000000910000001", new Date(t0).toISOString()),
          data: ["Когда отправите?"],
        })
      ).status,
    ).toBe(200);
    const [buyer] = await waitForMessages("Когда отправите?");
    const seller = (id: string, at: number, text: string) =>
      db.prisma.message.create({
        data: {
          chatId: buyer!.chatId,
          externalId: id,
          author: "SELLER",
          text,
          status: "SENT",
          createdAt: new Date(at),
        },
      });
    const first = await seller("3000000000910000002", t0 + 10_000, "Сегодня");
    const second = await seller("3000000000910000003", t0 + 20_000, "Трек пришлём вечером");
    const read = {
      message_type: "TYPE_MESSAGE_READ",
      ...base(chatId, "3000000000910000002", new Date(t0 + 10_000).toISOString()),
      last_read_message_id: "3000000000910000002",
    };
    expect((await send(read)).status).toBe(200);
    const sentAt = Date.now();
    const marked = await until(
      async () => (await db.prisma.message.findUniqueOrThrow({ where: { id: first.id } })).readAt,
    );
    // Read as of when the push came (the push itself carries no read time).
    expect(Math.abs(marked.getTime() - sentAt)).toBeLessThan(60_000);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: second.id } })).readAt).toBeNull();
    // Redelivered: stored once, the first read time stays.
    expect((await send(read)).status).toBe(200);
    await settleWebhookDrain();
    expect(
      await db.prisma.webhookEvent.count({
        where: { accountId: ids.ozon, dedupKey: `read:${chatId}:3000000000910000002` },
      }),
    ).toBe(1);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: first.id } })).readAt!.getTime()).toBe(
      marked.getTime(),
    );
    // Read up to a message we never stored (a later id): everything before it counts as read.
    expect((await send({ ...read, last_read_message_id: "3000000000910000009" })).status).toBe(200);
    await until(async () => (await db.prisma.message.findUniqueOrThrow({ where: { id: second.id } })).readAt);
  });
});

describe("tenant scoping of webhooks", () => {
  it("stores events only under the account the secret belongs to", async () => {
    const rows = await db.prisma.webhookEvent.findMany({ select: { accountId: true } });
    expect(rows.every((r) => Object.values(ids).includes(r.accountId))).toBe(true);
    const chats = await db.prisma.chat.findMany({ select: { workspaceId: true } });
    expect(chats.every((c) => c.workspaceId === workspaceId)).toBe(true);
  });
});
