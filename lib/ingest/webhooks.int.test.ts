import { describe, expect, it } from "vitest";
import * as avitoRoute from "@/app/api/webhooks/avito/[secret]/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { sweepWebhookEvents } from "@/lib/ingest/sweep-webhook-events";
import { callRoute } from "@/lib/test/call-route";
import { until } from "@/lib/test/until";
import { webhooksWorldPerFile } from "@/lib/test/webhooks-world";

// Webhook routes end to end: the simulator pushes real payloads over HTTP to the route handlers,
// which store, acknowledge, then process (in-process, as in the embedded default).

const w = webhooksWorldPerFile();

describe("Yandex Market notifications", () => {
  it("stores a buyer message pushed as CHAT_MESSAGE_SENT, fetched through the API, once", async () => {
    const text = `Где мой заказ? ${Date.now()}`;
    await w.sim.control.injectBuyerMessage({ marketplace: "yandex_market", text });
    const [message] = await w.waitForMessages(text);
    expect(message!.author).toBe("BUYER");
    expect(message!.chat.accountId).toBe(w.ids.ym);
    expect(message!.chat.awaitingReplySince).not.toBeNull();
    expect(message!.chat.unreadCount).toBe(1);
    expect(message!.intent).toBe("delivery");
    const delivery = w.sim.state.webhookDeliveries.at(-1)!;
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
    const before = await w.db.prisma.webhookEvent.count();
    const unusable = { notificationType: "CHAT_MESSAGE_SENT", chatId: "not-a-number" };
    const kept = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: "ym-secret-1234567890" },
      body: unusable,
    });
    expect(kept.status).toBe(200);
    const quarantined = await w.db.prisma.quarantinedRecord.findMany({ where: { accountId: w.ids.ym } });
    expect(quarantined.map((q) => [q.kind, JSON.parse(q.raw)])).toEqual([["yandex_market.push", unusable]]);
    expect(quarantined[0]!.reason).toContain("messageId");
    const notJson = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: "ym-secret-1234567890" },
      body: "{oops",
    });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error.type).toBe("WRONG_EVENT_FORMAT");
    expect(await w.db.prisma.webhookEvent.count()).toBe(before);
  });

  it("a pushed message that cannot be read is kept aside and the push marked done, not retried", async () => {
    const { chatId } = await w.sim.control.injectBuyerMessage({
      marketplace: "yandex_market",
      text: `Первое ${Date.now()}`,
    });
    const chat = w.sim.state.ym.chats.get(Number(chatId))!;
    const messageId = ++w.sim.state.ym.seq;
    chat.messages.push({ messageId, createdAt: "когда-то", sender: "CUSTOMER", message: "нечитаемое время" });
    const body = {
      notificationType: "CHAT_MESSAGE_SENT",
      chatId: Number(chatId),
      messageId,
      businessId: Number(w.sim.credentials.yandex_market.businessId),
      sentAt: new Date().toISOString(),
    };
    const res = await callRoute(ymRoute.POST, { method: "POST", params: { secret: "ym-secret-1234567890" }, body });
    expect(res.status).toBe(200);
    const kept = await until(() =>
      w.db.prisma.quarantinedRecord.findFirst({ where: { accountId: w.ids.ym, kind: "yandex_market.message" } }),
    );
    expect(kept.reason).toBe("createdAt: not_a_date");
    const event = await until(() =>
      w.db.prisma.webhookEvent.findFirst({
        where: { accountId: w.ids.ym, dedupKey: { contains: String(messageId) }, processedAt: { not: null } },
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
    const { chatId, messageId } = await w.sim.control.injectBuyerMessage({ marketplace: "yandex_market", text });
    await w.waitForMessages(text);
    const events = await w.db.prisma.webhookEvent.count();
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
    expect(await w.db.prisma.webhookEvent.count()).toBe(events);
    expect(await w.messagesWithText(text)).toHaveLength(1);
  });

  it("keeps an event whose processing fails and stores its message exactly once when the sweep retries", async () => {
    const startedAt = new Date();
    // A known chat (so the push is CHAT_MESSAGE_SENT alone, not CHAT_CREATED with its history).
    const first = `Первое ${Date.now()}`;
    const { chatId } = await w.sim.control.injectBuyerMessage({ marketplace: "yandex_market", text: first });
    await w.waitForMessages(first);
    // Every attempt to fetch the message fails (5xx, retried by the connector, then given up).
    w.sim.control.addFault({ prefix: "/ym", path: "chats/message", kind: "status", status: 503, times: 50 });
    const text = `Сбой ${Date.now()}`;
    await w.sim.control.injectBuyerMessage({ marketplace: "yandex_market", chatId, text });
    const failed = await until(
      () =>
        w.db.prisma.webhookEvent.findFirst({
          where: { accountId: w.ids.ym, processedAt: null, lastError: { not: null }, receivedAt: { gte: startedAt } },
        }),
      30_000,
    );
    expect(await w.messagesWithText(text)).toHaveLength(0);
    w.sim.control.clearFaults();
    const future = new Date(Date.now() + 2 * 3_600_000);
    const swept = await sweepWebhookEvents({ now: future });
    expect(swept.processed).toBeGreaterThanOrEqual(1);
    expect(await w.messagesWithText(text)).toHaveLength(1);
    expect((await w.db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: failed.id } })).processedAt).not.toBeNull();
    // A second sweep has nothing left to do and stores nothing twice.
    await sweepWebhookEvents({ now: future });
    expect(await w.messagesWithText(text)).toHaveLength(1);
  }, 60_000);
});

describe("Avito messenger webhook", () => {
  it("stores a buyer message, and the seller's own message as the seller's", async () => {
    const text = `Avito покупатель ${Date.now()}`;
    const { chatId } = await w.sim.control.injectBuyerMessage({ marketplace: "avito", text });
    const [buyer] = await w.waitForMessages(text);
    expect(buyer!.author).toBe("BUYER");
    const own = `Ответ продавца ${Date.now()}`;
    const userId = Number(w.sim.credentials.avito.userId);
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
    const [seller] = await w.waitForMessages(own);
    expect(seller!.author).toBe("SELLER");
    // The seller answered: the chat no longer waits for a reply.
    expect(seller!.chat.awaitingReplySince).toBeNull();
    expect(seller!.chat.unreadCount).toBe(0);
  });
});

describe("tenant scoping of webhooks", () => {
  it("stores events only under the account the secret belongs to", async () => {
    const rows = await w.db.prisma.webhookEvent.findMany({ select: { accountId: true } });
    expect(rows.every((r) => Object.values(w.ids).includes(r.accountId))).toBe(true);
    const chats = await w.db.prisma.chat.findMany({ select: { workspaceId: true } });
    expect(chats.every((c) => c.workspaceId === w.workspaceId)).toBe(true);
  });
});
