import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { UnusableRecordError } from "@/lib/marketplaces/parse-each";
import {
  FAST_HTTP,
  startStubServer,
  testAccountKey,
  type StubReply,
  type StubRequest,
  type StubServer,
} from "@/lib/marketplaces/test-support";
import { createYandexMarketConnector } from "@/lib/marketplaces/yandex_market/connector";

// Yandex Market over HTTP: one chat, message or review the connector cannot use does not stop the page.

let handle: (req: StubRequest) => StubReply | null = () => null;
let stub: StubServer;
beforeAll(async () => {
  stub = await startStubServer((req) => handle(req));
});
afterAll(() => stub.close());

function connector() {
  return createYandexMarketConnector({
    credentials: { apiKey: "ym-api-key-123", businessId: "42" },
    baseUrls: { api: stub.url },
    runtime: { http: FAST_HTTP, accountKey: testAccountKey() },
  });
}

const chat = (chatId: number, updatedAt: string) => ({
  chatId,
  context: { type: "ORDER", orderId: 7 },
  type: "WITH_CUSTOMER",
  status: "WAITING_FOR_PARTNER",
  createdAt: "2024-05-01T10:00:00Z",
  updatedAt,
});

describe("yandex market: odd records", () => {
  it("a chat with an unreadable updatedAt and a message without a sender are kept aside; the rest is stored", async () => {
    handle = (req) => {
      if (req.path === "/v2/businesses/42/chats")
        return {
          body: { status: "OK", result: { chats: [chat(1, "2024-05-02T10:00:00Z"), chat(2, "вчера")], paging: {} } },
        };
      if (req.path === "/v2/businesses/42/chats/history") {
        return {
          body: {
            status: "OK",
            result: {
              context: { type: "ORDER" },
              messages: [
                { messageId: 11, createdAt: "2024-05-02T09:00:00Z", sender: "CUSTOMER", message: "Где заказ?" },
                { messageId: 12, createdAt: "2024-05-02T09:30:00Z", message: "без отправителя" },
              ],
            },
          },
        };
      }
      return null;
    };
    const batch = await connector().fetchUpdates({ cursor: null });
    expect(batch.chats.map((c) => c.externalId)).toEqual(["1"]);
    expect(batch.messages.map((m) => m.externalId)).toEqual(["11"]);
    expect(batch.cursor).toBe("2024-05-02T10:00:00.000Z");
    expect(batch.skipped?.map((s) => s.kind)).toEqual(["yandex_market.chat", "yandex_market.message"]);
    expect(batch.skipped?.[1]?.reason).toContain("sender");
  });

  it("a review without statistics is kept aside; the others on the page are listed", async () => {
    const feedback = {
      feedbackId: 5,
      createdAt: "2024-05-01T10:00:00Z",
      needReaction: true,
      identifiers: { orderId: 7 },
      statistics: { rating: 2, commentsCount: 0 },
    };
    handle = (req) =>
      req.path === "/v2/businesses/42/goods-feedback"
        ? {
            body: {
              status: "OK",
              result: {
                feedbacks: [
                  feedback,
                  { feedbackId: 6, createdAt: "2024-05-01T10:00:00Z", needReaction: true, identifiers: {} },
                ],
                paging: {},
              },
            },
          }
        : null;
    const page = await connector().listReviews({ kind: "review", unansweredOnly: true });
    expect(page.items.map((r) => r.externalId)).toEqual(["5"]);
    expect(page.skipped).toEqual([
      {
        kind: "yandex_market.feedback",
        reason: expect.stringContaining("statistics"),
        raw: expect.objectContaining({ feedbackId: 6 }),
      },
    ]);
  });

  it("a message a push names but that cannot be used is reported with the record, to be kept aside rather than fetched again", async () => {
    handle = (req) =>
      req.path === "/v2/businesses/42/chats/message"
        ? { body: { status: "OK", result: { messageId: 77, createdAt: "когда-то", sender: "CUSTOMER", message: "?" } } }
        : null;
    const error = await connector()
      .fetchMessage({ chatExternalId: "1", messageExternalId: "77" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnusableRecordError);
    expect((error as UnusableRecordError).record).toEqual({
      kind: "yandex_market.message",
      reason: "createdAt: not_a_date",
      raw: expect.objectContaining({ messageId: 77 }),
    });
  });
});
