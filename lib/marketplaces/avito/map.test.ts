import { describe, expect, it } from "vitest";

import { describeAvitoError } from "@/lib/marketplaces/avito/client";
import { avitoAttachments, mapAvitoChat, mapAvitoMessage } from "@/lib/marketplaces/avito/map";
import { buildAvitoAuthorizeUrl } from "@/lib/marketplaces/avito/oauth";
import {
  avitoChatSchema,
  avitoChatsResponseSchema,
  avitoMessageSchema,
  avitoMessagesResponseSchema,
  avitoSendResponseSchema,
  avitoTokenResponseSchema,
} from "@/lib/marketplaces/avito/schemas";
import { handleAvitoWebhook } from "@/lib/marketplaces/avito/webhook";
import { chatSchema, messageSchema } from "@/lib/marketplaces/schemas";
import { readFixture, readFixtureText } from "@/lib/marketplaces/test-support";

const dir = import.meta.dirname;

describe("avito mappers (spec examples)", () => {
  it("maps a chat: buyer is the other user, item context, direction out -> not awaiting", () => {
    const res = avitoChatsResponseSchema.parse(readFixture(dir, "chats-200.constructed.json"));
    // In the example the only user (94235311) is the last message's author; from the listing owner's side it is the buyer.
    const chat = chatSchema.parse(mapAvitoChat({ chat: avitoChatSchema.parse(res.chats![0]), userId: "141906442" }));
    expect(chat).toMatchObject({
      externalId: "u2i-abc",
      customerName: "Guldan",
      context: {
        productId: "1768287444",
        itemTitle: "Mazda 3 2008",
        itemUrl: "https://avito.ru/moskva/avtomobili/mazda_3_2008_1768287444",
      },
      awaitingReply: false,
      createdAt: "2019-10-18T15:33:56.000Z",
      lastMessageAt: "2019-10-21T10:34:00.000Z",
    });
  });

  it("accepts the messages list as a bare array and as {messages}", () => {
    const raw = readFixture(dir, "messages-v3-200.constructed.json") as unknown[];
    expect(avitoMessagesResponseSchema.parse(raw)).toHaveLength(3);
    expect(avitoMessagesResponseSchema.parse({ messages: raw })).toHaveLength(3);
    const [text, image, item] = avitoMessagesResponseSchema
      .parse(raw)
      .map((message) => avitoMessageSchema.parse(message))
      .map((message) => messageSchema.parse(mapAvitoMessage({ message, chatId: "u2i-abc", userId: "94235311" })));
    expect(text).toMatchObject({
      author: "seller",
      text: "привет!",
      createdAt: "2019-10-21T10:34:00.000Z",
      isRead: true,
    });
    expect(image!.author).toBe("buyer");
    expect(image!.attachments[0]).toMatchObject({ kind: "image", url: expect.stringContaining("/1280x960/") });
    expect(item).toMatchObject({
      text: "Объявление, 1 232 323 ₽",
      attachments: [{ kind: "item", url: "https://avito.ru/item_url" }],
    });
    // An item without a title is named by its address, not by a Russian word of ours.
    expect(
      avitoAttachments({ type: "item", content: { item: { item_url: "https://avito.ru/item_url" } } })[0],
    ).toMatchObject({ fileName: "https://avito.ru/item_url" });
  });

  it("parses the send and token examples", () => {
    expect(avitoSendResponseSchema.parse(readFixture(dir, "send-message-200.json")).id).toBe(
      "bdcc5bac2d00345f1cc66fa657813958",
    );
    expect(avitoTokenResponseSchema.parse(readFixture(dir, "token-client-credentials-200.json")).expires_in).toBe(
      86400,
    );
    expect(avitoTokenResponseSchema.parse(readFixture(dir, "token-authorization-code-200.json")).refresh_token).toBe(
      "QNAcwgbHQNAcwgbHkChqt9ewQNAcwgbHp4yFd5",
    );
  });

  it("turns the webhook v3 example into a message event", () => {
    const result = handleAvitoWebhook({ body: readFixtureText(dir, "webhook-v3.json") });
    expect(result.response.status).toBe(200);
    // author_id == user_id (123) in the example: that is our own message echoed back.
    expect(result.events).toEqual([
      {
        type: "message.created",
        chatExternalId: "abc",
        messageExternalId: "abc",
        message: expect.objectContaining({ author: "seller", text: "привет!", createdAt: "1970-01-01T00:02:03.000Z" }),
      },
    ]);
    expect(handleAvitoWebhook({ body: "{}" }).response.status).toBe(200); // Avito's reachability probe
  });

  it("reads both error shapes and builds the authorize URL", () => {
    expect(describeAvitoError({ body: { error: { code: 403, message: "Forbidden" } } })).toEqual({
      message: "Forbidden",
      vendorCode: "403",
    });
    expect(
      describeAvitoError({ body: { error: "invalid_client", error_description: "Client authentication failed" } })
        ?.message,
    ).toBe("Client authentication failed");
    const url = new URL(buildAvitoAuthorizeUrl({ clientId: "cid", state: "s1" }));
    expect(url.origin + url.pathname).toBe("https://avito.ru/oauth");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "cid",
      scope: "messenger:read,messenger:write,user:read",
      state: "s1",
    });
  });
});
