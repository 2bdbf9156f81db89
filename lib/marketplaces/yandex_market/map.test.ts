import { describe, expect, it } from "vitest";

import { chatSchema, messageSchema, reviewSchema } from "@/lib/marketplaces/schemas";
import { readFixture, readFixtureText } from "@/lib/marketplaces/test-support";
import { describeYmError } from "@/lib/marketplaces/yandex_market/client";
import { mapYmChat, mapYmFeedback, mapYmMessage } from "@/lib/marketplaces/yandex_market/map";
import { commentTarget } from "@/lib/marketplaces/yandex_market/feedback-thread";
import {
  ymChatHistoryResponseSchema,
  ymChatSchema,
  ymChatsResponseSchema,
  ymCommentSchema,
  ymFeedbackSchema,
  ymMessageSchema,
} from "@/lib/marketplaces/yandex_market/schemas";
import { handleYmWebhook, YM_IGNORED_NOTIFICATIONS } from "@/lib/marketplaces/yandex_market/webhook";

// The Yandex specs carry no response examples; the notes' *(constructed)* examples are used verbatim.
const dir = import.meta.dirname;
const integration = { name: "agentiq-inbox", version: "1.0.0" };
const now = new Date("2024-01-01T00:00:00Z");

describe("yandex market mappers", () => {
  it("maps getChats: int64 ids as strings, ORDER context, WAITING_FOR_PARTNER means awaiting reply", () => {
    const res = ymChatsResponseSchema.parse(readFixture(dir, "chats-200.constructed.json"));
    const chat = chatSchema.parse(mapYmChat({ chat: ymChatSchema.parse(res.result!.chats[0]) }));
    expect(chat).toMatchObject({
      externalId: "1",
      customerName: "…",
      context: { orderId: "1", returnId: null },
      marketplaceStatus: "WAITING_FOR_PARTNER",
      awaitingReply: true,
      createdAt: "2017-11-20T21:00:00.000Z",
    });
    expect(res.result!.paging?.nextPageToken).toBe("…");
  });

  it("maps getChatHistory messages by sender", () => {
    const res = ymChatHistoryResponseSchema.parse(readFixture(dir, "chat-history-200.constructed.json"));
    const message = messageSchema.parse(
      mapYmMessage({ message: ymMessageSchema.parse(res.result!.messages[0]), chatId: "1" }),
    );
    expect(message).toMatchObject({
      externalId: "1",
      author: "buyer",
      text: "…",
      createdAt: "2017-11-20T21:00:00.000Z",
    });
    const withFile = mapYmMessage({
      chatId: "1",
      message: {
        messageId: "9007199254740993",
        createdAt: "2024-01-01T10:00:00+03:00",
        sender: "PARTNER",
        payload: [{ name: "чек.pdf", url: "https://x/чек.pdf", size: 10 }],
      },
    });
    expect(withFile).toMatchObject({
      externalId: "9007199254740993",
      author: "seller",
      attachments: [{ fileName: "чек.pdf", mimeType: "application/pdf", size: 10, kind: "file" }],
    });
  });

  it("maps a goods feedback (schema-shaped) into a review", () => {
    const feedback = ymFeedbackSchema.parse({
      feedbackId: 901,
      createdAt: "2024-05-01T12:00:00+03:00",
      needReaction: true,
      identifiers: { orderId: 5000901, offerId: "SKU-901" },
      author: "Мария",
      description: { advantages: "Качество", comment: "Отличный товар" },
      statistics: { rating: 5, commentsCount: 0 },
    });
    expect(reviewSchema.parse(mapYmFeedback({ feedback, comments: [] }))).toMatchObject({
      externalId: "901",
      rating: 5,
      text: "Отличный товар",
      pros: "Качество",
      productId: "SKU-901",
      orderId: "5000901",
      answered: false,
    });
  });

  it("a review opened in the cabinet (needReaction false) with no shop comment is unanswered; a shop comment answers it", () => {
    const feedback = ymFeedbackSchema.parse({
      feedbackId: 902,
      createdAt: "2024-05-01T12:00:00+03:00",
      needReaction: false,
      identifiers: {},
      statistics: { rating: 2, commentsCount: 1 },
    });
    const comment = (over: Record<string, unknown>) =>
      ymCommentSchema.parse({
        id: 1,
        text: "Спасибо",
        status: "PUBLISHED",
        feedbackId: 902,
        author: { type: "BUSINESS" },
        ...over,
      });
    expect(mapYmFeedback({ feedback, comments: [] }).answered).toBe(false);
    expect(mapYmFeedback({ feedback, comments: [comment({ author: { type: "USER" } })] }).answered).toBe(false);
    expect(mapYmFeedback({ feedback, comments: [comment({ status: "BANNED" })] }).answered).toBe(false);
    const answered = reviewSchema.parse(
      mapYmFeedback({
        feedback,
        comments: [comment({}), comment({ id: 2, author: { type: "USER" }, parentId: 1, text: "А размер?" })],
      }),
    );
    expect(answered.answered).toBe(true);
    expect(answered.replies).toMatchObject([
      { externalId: "1", chatExternalId: "902", author: "seller", text: "Спасибо" },
      { externalId: "2", chatExternalId: "902", author: "buyer", text: "А размер?" },
    ]);
    expect(
      answered.replies![0]!.createdAt > answered.createdAt &&
        answered.replies![1]!.createdAt > answered.replies![0]!.createdAt,
    ).toBe(true);
  });

  it("an operator's reply edits the shop's answer, answers a later buyer comment under it, or creates the first answer", () => {
    const c = (id: number, type: string, over: Record<string, unknown> = {}) =>
      ymCommentSchema.parse({ id, text: "t", status: "PUBLISHED", feedbackId: 9, author: { type }, ...over });
    expect(commentTarget({ comments: [] })).toEqual({});
    expect(commentTarget({ comments: [c(1, "USER")] })).toEqual({});
    expect(commentTarget({ comments: [c(1, "BUSINESS")] })).toEqual({ commentId: "1" });
    expect(commentTarget({ comments: [c(1, "BUSINESS"), c(2, "USER", { parentId: 1 })] })).toEqual({ parentId: "2" });
    expect(
      commentTarget({ comments: [c(1, "BUSINESS"), c(2, "USER", { parentId: 1 }), c(3, "BUSINESS", { parentId: 2 })] }),
    ).toEqual({ commentId: "1" });
  });

  it("joins error messages and keeps the code", () => {
    expect(
      describeYmError({ body: { status: "ERROR", errors: [{ code: "CHAT_FINISHED", message: "Чат завершён" }] } }),
    ).toEqual({
      message: "Чат завершён",
      vendorCode: "CHAT_FINISHED",
    });
  });

  it("CHAT_MESSAGE_SENT -> message.created by ids, answered 200 {version,name,time}", () => {
    const result = handleYmWebhook({
      body: readFixtureText(dir, "notification-chat-message-sent.constructed.json"),
      integration,
      now,
    });
    expect(result.events).toEqual([
      { type: "message.created", chatExternalId: "12345", messageExternalId: "67890", message: null },
    ]);
    expect(result.response).toEqual({
      status: 200,
      body: { version: "1.0.0", name: "agentiq-inbox", time: "2024-01-01T00:00:00.000Z" },
    });
    const expected = readFixture(dir, "notification-response.constructed.json") as Record<string, unknown>;
    expect(Object.keys(result.response.body as object).sort()).toEqual(Object.keys(expected).sort());
  });

  it("PING, unknown types and malformed bodies", () => {
    expect(
      handleYmWebhook({ body: '{"notificationType":"PING","time":"2024-01-01T00:00:00Z"}', integration, now }).events,
    ).toEqual([{ type: "ping" }]);
    expect(
      handleYmWebhook({ body: '{"notificationType":"ORDER_CREATED","orderId":1}', integration, now }).events,
    ).toEqual([{ type: "ignored", vendorType: "ORDER_CREATED" }]);
    // A known type without its fields is acknowledged and kept aside; a body that is no notification gets 400.
    const unusable = handleYmWebhook({ body: '{"notificationType":"CHAT_CREATED"}', integration, now });
    expect(unusable.response.status).toBe(200);
    expect(unusable.skipped).toEqual([
      {
        kind: "yandex_market.push",
        reason: expect.stringContaining("chatId"),
        raw: { notificationType: "CHAT_CREATED" },
      },
    ]);
    const bad = handleYmWebhook({ body: '{"chatId":1}', integration, now });
    expect(bad.response).toMatchObject({ status: 400, body: { error: { type: "WRONG_EVENT_FORMAT" } } });
    // The answer goes to Yandex Market, not to a reader: no Russian of ours.
    const notJson = handleYmWebhook({ body: "not json", integration, now });
    expect(notJson.response).toMatchObject({ status: 400, body: { error: { type: "WRONG_EVENT_FORMAT" } } });
    expect(JSON.stringify(notJson.response.body)).not.toMatch(/[А-Яа-яЁё]/);
  });

  it("review comments, disputes and questions become events (none is thrown away)", () => {
    const events = (body: object) => handleYmWebhook({ body: JSON.stringify(body), integration, now }).events;
    const at = "2024-01-01T03:00:00+03:00";
    expect(
      events({ notificationType: "GOODS_FEEDBACK_COMMENT_CREATED", commentId: 5, businessId: 1, createdAt: at }),
    ).toEqual([{ type: "review.comment", commentExternalId: "5", at: "2024-01-01T00:00:00.000Z" }]);
    expect(events({ notificationType: "CHAT_ARBITRAGE_STARTED", chatId: 7, businessId: 1, startedAt: at })).toEqual([
      { type: "chat.dispute", chatExternalId: "7", state: "open", at: "2024-01-01T00:00:00.000Z" },
    ]);
    expect(
      events({ notificationType: "CHAT_ARBITRAGE_FINISHED", chatId: 7, businessId: 1, finishedAt: at })[0],
    ).toMatchObject({ type: "chat.dispute", state: "finished" });
    const question = events({ notificationType: "QUESTION_CREATED", questionId: 11, businessId: 1, createdAt: at })[0]!;
    expect(question).toMatchObject({
      type: "conversation.message",
      chat: { externalId: "question-11", kind: "question" },
      message: { author: "buyer" },
    });
    expect(
      events({ notificationType: "QUESTION_ANSWER_CREATED", answerId: 12, businessId: 1, createdAt: at })[0],
    ).toMatchObject({ chat: { externalId: "answer-12" }, message: { author: "marketplace" } });
    expect(
      events({
        notificationType: "QUESTION_COMMENT_CREATED",
        answerId: 12,
        commentId: 13,
        businessId: 1,
        createdAt: at,
      })[0],
    ).toMatchObject({
      chat: { externalId: "answer-12" },
      message: { externalId: "comment:13", author: "buyer" },
    });
    for (const type of YM_IGNORED_NOTIFICATIONS)
      expect(events({ notificationType: type })).toEqual([{ type: "ignored", vendorType: type }]);
  });
});
