import { describe, expect, it } from "vitest";

import { stringifyJson } from "@/lib/marketplaces/http/json";
import { describeOzonError } from "@/lib/marketplaces/ozon/client";
import { mapOzonAuthor, mapOzonChat, mapOzonMessage } from "@/lib/marketplaces/ozon/map";
import {
  ozonChatHistoryResponseSchema,
  ozonChatListItemSchema,
  ozonChatListResponseSchema,
  ozonChatStartResponseSchema,
  ozonMessageSchema,
} from "@/lib/marketplaces/ozon/schemas";
import { handleOzonWebhook } from "@/lib/marketplaces/ozon/webhook";
import { chatSchema, messageSchema } from "@/lib/marketplaces/schemas";
import { readFixture, readFixtureText } from "@/lib/marketplaces/test-support";

const dir = import.meta.dirname;
const integration = { name: "agentiq-inbox", version: "1.0.0" };

describe("ozon mappers (spec examples)", () => {
  it("keeps uint64 message ids exact and reads the string has_next", () => {
    const list = ozonChatListResponseSchema.parse(readFixture(dir, "chat-list-200.json"));
    expect(list.has_next).toBe(true);
    const item = ozonChatListItemSchema.parse(list.chats![0]);
    expect(item.last_message_id).toBe("30000000001280042740");
    expect(item.first_unread_message_id).toBe("3000000000118021931");
  });

  it("maps the history example: Cyrillic 'Сustomer' is the buyer, context gives order and sku", () => {
    const history = ozonChatHistoryResponseSchema.parse(readFixture(dir, "chat-history-200.json"));
    const raw = ozonMessageSchema.parse(history.messages![0]);
    const message = messageSchema.parse(
      mapOzonMessage({ message: raw, chatId: "18b8e1f9-4ae7-461c-84ea-8e1f54d1a45e" }),
    );
    expect(message).toMatchObject({
      externalId: "3000000000817031942",
      author: "buyer",
      createdAt: "2019-08-24T14:15:22.000Z",
      isRead: true,
    });
    expect(message.text).toContain("Стекло защитное для смартфонов");
    const list = ozonChatListResponseSchema.parse(readFixture(dir, "chat-list-200.json"));
    const chat = chatSchema.parse(mapOzonChat({ item: ozonChatListItemSchema.parse(list.chats![0]), messages: [raw] }));
    expect(chat).toMatchObject({
      externalId: "5e767w03-b400-4y1b-a841-75319ca8a5c8",
      marketplaceStatus: "OPENED",
      unreadCount: 1,
      context: { orderId: "123456789", productId: "987654321" },
      lastMessageAt: "2019-08-24T14:15:22.000Z",
    });
  });

  it("maps every documented user type", () => {
    expect(
      ["Customer", "Сustomer", "Seller", "Support", "Crm", "NotificationUser", "Courier"].map(mapOzonAuthor),
    ).toEqual(["buyer", "buyer", "seller", "marketplace", "marketplace", "marketplace", "system"]);
  });

  it("parses chat start and rpcStatus errors", () => {
    expect(ozonChatStartResponseSchema.parse(readFixture(dir, "chat-start-200.json")).result.chat_id).toBe(
      "5969c331-2e64-44b7-8a0e-ff9526762c62",
    );
    expect(describeOzonError({ body: { code: 3, message: "chat is closed", details: [] } })).toEqual({
      message: "chat is closed",
      vendorCode: "3",
    });
    expect(describeOzonError({ body: readFixture(dir, "push-error-response.json") })).toEqual({
      message: "ошибка",
      vendorCode: "ERROR_UNKNOWN",
    });
  });

  it("turns the TYPE_NEW_MESSAGE push into a message event with the exact id", () => {
    const result = handleOzonWebhook({
      body: readFixtureText(dir, "push-new-message.json"),
      integration,
      now: new Date("2024-01-01T00:00:00Z"),
    });
    expect(result.response).toEqual({ status: 200, body: { result: true } });
    expect(result.events).toEqual([
      expect.objectContaining({
        type: "message.created",
        chatExternalId: "b646d975-0c9c-4872-9f41-8b1e57181063",
        messageExternalId: "3000000000817031942",
        message: expect.objectContaining({
          author: "buyer",
          text: "Текст сообщения",
          createdAt: "2022-07-18T20:58:04.528Z",
        }),
      }),
    ]);
  });

  it("TYPE_UPDATE_MESSAGE is an edit with its time; TYPE_MESSAGE_READ says the buyer read up to a message", () => {
    const now = new Date("2024-01-01T00:00:00Z");
    const edit = handleOzonWebhook({ body: readFixtureText(dir, "push-update-message.json"), integration, now });
    expect(edit.response).toEqual({ status: 200, body: { result: true } });
    expect(edit.events).toEqual([
      expect.objectContaining({
        type: "message.updated",
        chatExternalId: "b646d975-0c9c-4872-9f41-8b1e57181063",
        messageExternalId: "3000000000817031942",
        editedAt: "2022-07-18T20:59:04.528Z",
        message: expect.objectContaining({
          author: "buyer",
          text: "Текст сообщения",
          createdAt: "2022-07-18T20:58:04.528Z",
        }),
      }),
    ]);
    const read = handleOzonWebhook({ body: readFixtureText(dir, "push-message-read.json"), integration, now });
    expect(read).toEqual({
      events: [
        {
          type: "messages.read",
          chatExternalId: "b646d975-0c9c-4872-9f41-8b1e57181063",
          upToMessageExternalId: "3000000000817031942",
        },
      ],
      response: { status: 200, body: { result: true } },
    });
    // Read by someone other than the buyer (Support): nothing about the buyer's read state.
    const bySupport = readFixtureText(dir, "push-message-read.json").replace("Сustomer", "Support");
    expect(handleOzonWebhook({ body: bySupport, integration, now }).events).toEqual([
      { type: "ignored", vendorType: "TYPE_MESSAGE_READ" },
    ]);
  });

  it("answers every push type of the spec's table; the non-chat ones are acknowledged and set aside", () => {
    const now = new Date("2024-01-01T00:00:00Z");
    // ozon.md "Push notifications": the spec's full table. Chat types are handled above.
    const others = [
      "TYPE_NEW_POSTING",
      "TYPE_POSTING_CANCELLED",
      "TYPE_STATE_CHANGED",
      "TYPE_CUTOFF_DATE_CHANGED",
      "TYPE_DELIVERY_DATE_CHANGED",
      "TYPE_CREATE_OR_UPDATE_ITEM",
      "TYPE_CREATE_ITEM",
      "TYPE_UPDATE_ITEM",
      "TYPE_STOCKS_CHANGED",
      "TYPE_DESCRIPTION_CATEGORY_TREE_CHANGED",
      "TYPE_FBO_POSTING_NEW",
      "TYPE_FBO_POSTING_CANCELLED",
      "TYPE_FBO_POSTING_STATE_CHANGED",
      "TYPE_FBO_POSTING_DELIVERY_DATE_CHANGED",
      "TYPE_FBO_STOCKS_CHANGED",
      "TYPE_ORDER_NEW",
      "TYPE_ORDER_CANCELLED",
      "TYPE_ORDER_STATE_CHANGED",
    ];
    for (const type of others) {
      const result = handleOzonWebhook({
        body: JSON.stringify({ message_type: type, seller_id: 7 }),
        integration,
        now,
      });
      expect([type, result]).toEqual([
        type,
        { events: [{ type: "ignored", vendorType: type }], response: { status: 200, body: { result: true } } },
      ]);
    }
    // Chat pushes from a chat that is not with a buyer (support, notifications) are acknowledged, not stored.
    const support = readFixtureText(dir, "push-update-message.json").replace("Buyer_Seller", "Seller_Support");
    expect(handleOzonWebhook({ body: support, integration, now }).events[0]).toMatchObject({ type: "ignored" });
  });

  it("writes from_message_id as the bare uint64 the official request example uses", () => {
    const example = readFixtureText(dir, "chat-history-request.json").trim();
    const ours = stringifyJson({
      chat_id: "18b8e1f9-4ae7-461c-84ea-8e1f54d1a45e",
      direction: "Forward",
      filter: { message_ids: ["3000000300211559667"] },
      from_message_id: BigInt("3000000000118032000"),
      limit: 1,
    });
    expect(ours).toBe(example);
  });

  it("answers PING with {version, name, time}, closes chats, rejects garbage", () => {
    const now = new Date("2024-01-01T00:00:00Z");
    expect(
      handleOzonWebhook({ body: '{"message_type":"TYPE_PING","time":"2024-01-01T00:00:00Z"}', integration, now })
        .response,
    ).toEqual({
      status: 200,
      body: { version: "1.0.0", name: "agentiq-inbox", time: "2024-01-01T00:00:00.000Z" },
    });
    expect(handleOzonWebhook({ body: readFixtureText(dir, "push-chat-closed.json"), integration, now }).events).toEqual(
      [{ type: "chat.closed", chatExternalId: "b646d975-0c9c-4872-9f41-8b1e57181063" }],
    );
    expect(handleOzonWebhook({ body: '{"message_type":"TYPE_NEW_POSTING"}', integration, now }).events).toEqual([
      { type: "ignored", vendorType: "TYPE_NEW_POSTING" },
    ]);
    const notJson = handleOzonWebhook({ body: "not json", integration, now }).response;
    expect(notJson.status).toBe(400);
    expect(JSON.stringify(notJson.body)).not.toMatch(/[А-Яа-яЁё]/);
  });
});
