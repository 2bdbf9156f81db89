import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { describe, expect, it } from "vitest";
import * as ozonRoute from "@/app/api/webhooks/ozon/[secret]/route";
import { callRoute } from "@/lib/test/call-route";
import { until } from "@/lib/test/until";
import { webhooksWorldPerFile } from "@/lib/test/webhooks-world";

// Ozon pushes end to end: the simulator pushes real payloads over HTTP to the route handler, which stores,
// acknowledges, then processes them; edits and read receipts included.

const w = webhooksWorldPerFile();
/** A push to the test account's Ozon webhook. */
const postOzon = (body: unknown) =>
  callRoute(ozonRoute.POST, { method: "POST", params: { secret: "ozon-secret-1234567890" }, body });

describe("Ozon push notifications", () => {
  it("answers TYPE_PING with {version, name, time} and errors with {error: {code}}", async () => {
    const ping = await postOzon({ message_type: "TYPE_PING", time: new Date().toISOString() });
    expect(ping.status).toBe(200);
    expect(Object.keys(ping.json).sort()).toEqual(["name", "time", "version"]);
    // A chat push it cannot use is acknowledged and kept aside; a body that is no push gets the error shape.
    const unusable = await postOzon({ message_type: "TYPE_NEW_MESSAGE" });
    expect(unusable).toMatchObject({ status: 200, json: { result: true } });
    expect(await w.db.prisma.quarantinedRecord.count({ where: { accountId: w.ids.ozon, kind: "ozon.push" } })).toBe(1);
    const bad = await postOzon({ time: "x" });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.json.error.code).toBeTruthy();
  });

  it("stores a pushed buyer message, and orders out-of-order deliveries by the marketplace's time", async () => {
    const text = `Ozon ${Date.now()}`;
    const { chatId } = await w.sim.control.injectBuyerMessage({ marketplace: "ozon", text });
    await w.waitForMessages(text);
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
    expect((await postOzon(push("9007199254740993123", later, "второе"))).status).toBe(200);
    expect((await postOzon(push("9007199254740993122", earlier, "первое"))).status).toBe(200);
    const chat = await until(async () => {
      const c = await w.db.prisma.chat.findFirst({
        where: { accountId: w.ids.ozon, externalId: chatId },
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
        await postOzon({
          message_type: "TYPE_NEW_MESSAGE",
          ...base(chatId, "3000000000900000001", createdAt),
          data: ["Размер 42 подойдёт?"],
        })
      ).status,
    ).toBe(200);
    await w.waitForMessages("Размер 42 подойдёт?");
    const edit = {
      message_type: "TYPE_UPDATE_MESSAGE",
      ...base(chatId, "3000000000900000001", createdAt),
      updated_at: updatedAt,
      data: ["Размер 44 подойдёт?"],
    };
    expect((await postOzon(edit)).status).toBe(200);
    const edited = await until(async () => {
      const m = await w.db.prisma.message.findFirst({
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
    expect((await postOzon(edit)).status).toBe(200);
    await settleWebhookDrain();
    expect(
      await w.db.prisma.webhookEvent.count({
        where: { accountId: w.ids.ozon, dedupKey: { startsWith: `message-edit:${chatId}:` } },
      }),
    ).toBe(1);
    const rows = await w.db.prisma.message.findMany({ where: { chat: { externalId: chatId } } });
    expect(rows.map((r) => r.text)).toEqual(["Размер 44 подойдёт?"]);
    // A late redelivery of the original message does not undo the edit.
    expect(
      (
        await postOzon({
          message_type: "TYPE_NEW_MESSAGE",
          ...base(chatId, "3000000000900000001", createdAt),
          data: ["Размер 42 подойдёт?"],
        })
      ).status,
    ).toBe(200);
    await settleWebhookDrain();
    expect((await w.db.prisma.message.findFirstOrThrow({ where: { id: edited.id } })).text).toBe("Размер 44 подойдёт?");
  });

  it("the simulator's buyer edit arrives as TYPE_UPDATE_MESSAGE and is shown edited", async () => {
    const text = `Ozon до правки ${Date.now()}`;
    const { chatId, messageId } = await w.sim.control.injectBuyerMessage({ marketplace: "ozon", text });
    await w.waitForMessages(text);
    w.sim.control.editOzonBuyerMessage({ chatId, messageId, text: `${text} (исправлено)` });
    const edited = await until(() =>
      w.db.prisma.message.findFirst({ where: { externalId: messageId, editedAt: { not: null } } }),
    );
    expect(edited.text).toBe(`${text} (исправлено)`);
    expect(edited.originalText).toBe(text);
  });

  it("TYPE_MESSAGE_READ marks our messages up to last_read_message_id read by the buyer, later ones stay unread", async () => {
    const chatId = `ozon-read-${Date.now()}`;
    const t0 = Date.now() - 120_000;
    expect(
      (
        await postOzon({
          message_type: "TYPE_NEW_MESSAGE",
          ...base(chatId, "3000000000910000001", new Date(t0).toISOString()),
          data: ["Когда отправите?"],
        })
      ).status,
    ).toBe(200);
    const [buyer] = await w.waitForMessages("Когда отправите?");
    const seller = (id: string, at: number, text: string) =>
      w.db.prisma.message.create({
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
    expect((await postOzon(read)).status).toBe(200);
    const sentAt = Date.now();
    const marked = await until(
      async () => (await w.db.prisma.message.findUniqueOrThrow({ where: { id: first.id } })).readAt,
    );
    // Read as of when the push came (the push itself carries no read time).
    expect(Math.abs(marked.getTime() - sentAt)).toBeLessThan(60_000);
    expect((await w.db.prisma.message.findUniqueOrThrow({ where: { id: second.id } })).readAt).toBeNull();
    // Redelivered: stored once, the first read time stays.
    expect((await postOzon(read)).status).toBe(200);
    await settleWebhookDrain();
    expect(
      await w.db.prisma.webhookEvent.count({
        where: { accountId: w.ids.ozon, dedupKey: `read:${chatId}:3000000000910000002` },
      }),
    ).toBe(1);
    expect((await w.db.prisma.message.findUniqueOrThrow({ where: { id: first.id } })).readAt!.getTime()).toBe(
      marked.getTime(),
    );
    // Read up to a message we never stored (a later id): everything before it counts as read.
    expect((await postOzon({ ...read, last_read_message_id: "3000000000910000009" })).status).toBe(200);
    await until(async () => (await w.db.prisma.message.findUniqueOrThrow({ where: { id: second.id } })).readAt);
  });
});
