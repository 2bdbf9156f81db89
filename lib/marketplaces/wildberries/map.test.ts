import { describe, expect, it } from "vitest";

import { chatSchema, messageSchema, reviewSchema } from "@/lib/marketplaces/schemas";
import { readFixture } from "@/lib/marketplaces/test-support";
import { describeWbError } from "@/lib/marketplaces/wildberries/client";
import { parseEach } from "@/lib/marketplaces/parse-each";
import {
  checkWbChat,
  checkWbEvent,
  mapWbEventsToChats,
  mapWbEventToMessage,
  mapWbFeedback,
  mapWbQuestion,
} from "@/lib/marketplaces/wildberries/map";
import {
  wbChatSchema,
  wbChatsResponseSchema,
  wbEventSchema,
  wbFeedbackSchema,
  wbQuestionSchema,
  wbDownloadPendingSchema,
  wbEventsResponseSchema,
  wbFeedbacksResponseSchema,
  wbQuestionsResponseSchema,
  wbSendResponseSchema,
} from "@/lib/marketplaces/wildberries/schemas";

const dir = import.meta.dirname;

describe("wildberries mappers (spec examples)", () => {
  const rawEvents = wbEventsResponseSchema.parse(readFixture(dir, "events-200.json")).result!.events;
  const events = parseEach({
    kind: "wildberries.event",
    items: rawEvents,
    schema: wbEventSchema,
    map: checkWbEvent,
  }).items;

  it("maps the events example into buyer/seller messages with attachments", () => {
    const messages = events.map((event) => messageSchema.parse(mapWbEventToMessage({ event })));
    expect(messages).toHaveLength(4);
    expect(messages[0]).toMatchObject({
      externalId: "55adee45-11f0-33b6-a847-6ccc7c78b2ec",
      chatExternalId: "1:1e265a58-a120-b178-008c-60af2460207c",
      author: "buyer",
      createdAt: "2023-10-23T05:02:20.000Z",
    });
    expect(messages[0]!.text).toContain("Альбом, бренд Эконом");
    expect(messages[0]!.attachments).toEqual([
      expect.objectContaining({
        externalId: "fd6be4e3-5447-41d7-a1e6-b2d3e06c3b05",
        kind: "image",
        mimeType: "image/jpeg",
      }),
      expect.objectContaining({
        externalId: "ecaeb056-a4ee-45b4-ae45-666811755d38",
        fileName: "Чек.pdf",
        mimeType: "application/pdf",
        size: 1046143,
      }),
    ]);
    expect(messages[2]!.author).toBe("seller");
    expect(messages[3]).toMatchObject({ author: "seller", text: "" }); // event without a message body
  });

  it("builds one chat from events with replySign, buyer name and goodCard context", () => {
    const chats = mapWbEventsToChats({ events }).map((c) => chatSchema.parse(c));
    expect(chats).toHaveLength(1);
    expect(chats[0]).toMatchObject({
      externalId: "1:1e265a58-a120-b178-008c-60af2460207c",
      customerName: "Алёна",
      replyToken: expect.stringMatching(/^1:1e265a58-a120-b178-008c-60af2460207c:66f136e9/),
      context: { productId: "12345678", orderId: "2fb52cd9e25e52538a5f05994e688ae5" },
      createdAt: "2023-10-23T05:02:20.000Z",
      lastMessageAt: "2023-10-23T07:19:36.000Z",
    });
  });

  it("takes replySign from the chat list when events lack it", () => {
    const rawChats = wbChatsResponseSchema.parse(readFixture(dir, "chats-200.constructed.json")).result;
    const known = parseEach({
      kind: "wildberries.chat",
      items: rawChats,
      schema: wbChatSchema,
      map: checkWbChat,
    }).items;
    const later = { ...events[1]!, chatID: known[0]!.chatID };
    const [chat] = mapWbEventsToChats({ events: [later], known });
    expect(chat!.replyToken).toBe(known[0]!.replySign);
    expect(chat!.customerName).toBe("Алёна"); // from the event, newer than the list's "Иван"
  });

  it("maps feedbacks and questions", () => {
    const rawFeedbacks = wbFeedbacksResponseSchema.parse(readFixture(dir, "feedbacks-200.json")).data!.feedbacks;
    const feedbacks = parseEach({ kind: "f", items: rawFeedbacks, schema: wbFeedbackSchema }).items;
    const review = reviewSchema.parse(mapWbFeedback({ feedback: feedbacks[0]! }));
    expect(review).toMatchObject({
      externalId: "YX52RZEBhH9mrcYdEJuD",
      kind: "review",
      rating: 5,
      text: "Спасибо, всё подошло",
      pros: "Удобный",
      productId: "987654321",
      customerName: "Николай",
      createdAt: "2024-09-26T07:20:48.000Z",
      answered: true,
      answerText: "Пожалуйста. Ждём вас снова!",
      answerEditable: false,
    });
    expect(review.photoUrls).toHaveLength(1);

    const rawQuestions = wbQuestionsResponseSchema.parse(readFixture(dir, "questions-200.json")).data!.questions;
    const questions = parseEach({ kind: "q", items: rawQuestions, schema: wbQuestionSchema }).items;
    expect(reviewSchema.parse(mapWbQuestion({ question: questions[0]! }))).toMatchObject({
      externalId: "2ncBtX4B9I0UHoornoqG",
      kind: "question",
      productId: "14917842",
      productTitle: "Coffee",
      answered: false,
    });
  });

  it("parses send and 202 download bodies", () => {
    expect(wbSendResponseSchema.parse(readFixture(dir, "send-200.json")).result?.chatID).toBe(
      "1:641b623c-5c0e-295b-db03-3d5b4d484c32",
    );
    expect(wbDownloadPendingSchema.parse(readFixture(dir, "download-202.json")).retrySeconds).toBe(30);
  });

  it("extracts the marketplace's own error text", () => {
    expect(describeWbError({ body: readFixture(dir, "error-401.json") })?.message).toMatch(
      /^token problem; token is malformed/,
    );
    expect(describeWbError({ body: readFixture(dir, "events-400.json") })?.message).toBe("Invalid number");
    expect(describeWbError({ body: readFixture(dir, "error-429.json") })).toEqual({
      message: "limited by c122a060-a7fb-4bb4-abb0-32fd4e18d489",
      vendorCode: "too many requests",
    });
    expect(
      describeWbError({ body: { data: null, error: true, errorText: "Вопрос не найден", additionalErrors: null } })
        ?.message,
    ).toBe("Вопрос не найден");
  });

  it("reads events, chats and reviews with only the spec's (optional) fields; odd dates do not fail parsing", () => {
    // Spec: no Event field is required; replySign comes only with isNewChat; goodCard.date is a free string.
    const oddEvent = {
      chatID: "1:odd",
      eventID: "ev-odd",
      addTimestamp: 1698037340000,
      message: { text: "Привет", attachments: { goodCard: { date: "вчера", nmID: 5 } } },
    };
    const usable = parseEach({
      kind: "wildberries.event",
      items: [oddEvent],
      schema: wbEventSchema,
      map: checkWbEvent,
    });
    expect(usable.skipped).toEqual([]);
    expect(messageSchema.parse(mapWbEventToMessage({ event: usable.items[0]! }))).toMatchObject({
      author: "system",
      text: "Привет",
    });
    const [chat] = mapWbEventsToChats({ events: usable.items });
    expect(chat).toMatchObject({ externalId: "1:odd", replyToken: null, context: { productId: "5" } });

    const chats = parseEach({
      kind: "wildberries.chat",
      items: [{ chatID: "1:no-sign", clientName: "Ира" }],
      schema: wbChatSchema,
      map: checkWbChat,
    });
    expect(chats.items).toHaveLength(1);

    const feedback = parseEach({
      kind: "f",
      items: [{ id: "f1", createdDate: "2024-09-26T10:20:48+03:00" }],
      schema: wbFeedbackSchema,
    }).items[0]!;
    expect(reviewSchema.parse(mapWbFeedback({ feedback }))).toMatchObject({
      externalId: "f1",
      text: "",
      productId: null,
      rating: null,
    });
  });

  it("keeps aside an event without an id or a time, with the reason, and lets the rest through", () => {
    const page = [
      { chatID: "1:a", eventID: "e1", addTimestamp: 1698037340000 },
      { chatID: "1:a", addTimestamp: 1 },
      { chatID: "1:a", eventID: "e3", addTime: "когда-то" },
      "junk",
    ];
    const result = parseEach({ kind: "wildberries.event", items: page, schema: wbEventSchema, map: checkWbEvent });
    expect(result.items.map((e) => e.eventID)).toEqual(["e1"]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining("eventID"),
      expect.stringContaining("addTimestamp"),
      expect.any(String),
    ]);
    expect(result.skipped[0]!.raw).toEqual(page[1]);
  });
});
