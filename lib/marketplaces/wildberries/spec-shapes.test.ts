import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import {
  FAST_HTTP,
  startStubServer,
  testAccountKey,
  type StubReply,
  type StubRequest,
  type StubServer,
} from "@/lib/marketplaces/test-support";
import { createWildberriesConnector } from "@/lib/marketplaces/wildberries/connector";

// Wildberries over HTTP with bodies shaped as 09-communications.yaml allows (not as our simulator writes
// them): fields the spec never requires are missing, dates are free strings, `data` may be an object.

let handle: (req: StubRequest) => StubReply | null = () => null;
let stub: StubServer;
beforeAll(async () => {
  stub = await startStubServer((req) => handle(req));
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
});

function connector() {
  return createWildberriesConnector({
    credentials: { token: "wb-token-0123456789" },
    baseUrls: { chat: stub.url, feedbacks: stub.url },
    runtime: { http: FAST_HTTP, accountKey: testAccountKey() },
  });
}

const goodEvent = {
  chatID: "1:good",
  eventID: "ev-1",
  eventType: "message",
  isNewChat: true,
  message: {
    text: "Где мой заказ?",
    attachments: { goodCard: { date: "2023-10-18T11:46:01.528526Z", nmID: 12345678, rid: "r1" } },
  },
  addTimestamp: 1698037340000,
  replySign: "1:good:sign",
  sender: "client",
  clientName: "Алёна",
};

describe("wildberries: spec-valid odd records", () => {
  it("one event with an odd goodCard.date, no replySign and no sender does not stop the page; an unusable one is kept aside and `next` advances", async () => {
    const odd = {
      chatID: "1:odd",
      eventID: "ev-2",
      addTimestamp: 1698037387000,
      message: { text: "А размер?", attachments: { goodCard: { date: "не указана", nmID: 7 } } },
    };
    const unusable = { chatID: "1:odd", message: { text: "нет ни id, ни времени" } };
    handle = (req) => {
      if (req.path === "/api/v1/seller/events") {
        return {
          body: { result: { next: 1698037387001, totalEvents: 3, events: [goodEvent, odd, unusable] }, errors: null },
        };
      }
      if (req.path === "/api/v1/seller/chats")
        return { body: { result: [{ chatID: "1:odd" }, { clientName: "без id" }], errors: null } };
      return null;
    };
    const batch = await connector().fetchUpdates({ cursor: "1698037000000" });
    expect(batch.messages.map((m) => m.externalId)).toEqual(["ev-1", "ev-2"]);
    expect(batch.chats.map((c) => [c.externalId, c.replyToken])).toEqual([
      ["1:good", "1:good:sign"],
      ["1:odd", null],
    ]);
    expect(batch.cursor).toBe("1698037387001");
    expect(batch.skipped).toEqual([
      { kind: "wildberries.event", reason: expect.stringContaining("eventID"), raw: unusable },
      { kind: "wildberries.chat", reason: expect.stringContaining("chatID"), raw: { clientName: "без id" } },
    ]);
  });

  it("a page of only unusable events still moves the cursor", async () => {
    handle = (req) =>
      req.path === "/api/v1/seller/events"
        ? { body: { result: { next: 1700000000000, totalEvents: 1, events: [{ sender: "client" }] } } }
        : null;
    const batch = await connector().fetchUpdates({ cursor: null });
    expect(batch).toMatchObject({ messages: [], chats: [], cursor: "1700000000000", hasMore: true });
    expect(batch.skipped).toHaveLength(1);
  });

  it("a review without a usable createdDate is kept aside; the others on the page are listed", async () => {
    handle = (req) =>
      req.path === "/api/v1/feedbacks"
        ? {
            body: {
              data: {
                feedbacks: [
                  { id: "f1", text: "Хорошо", createdDate: "2024-09-26T10:20:48+03:00", productDetails: { nmId: 1 } },
                  { id: "f2", createdDate: "когда-то" },
                ],
              },
              error: false,
              errorText: "",
              additionalErrors: null,
            },
          }
        : null;
    const page = await connector().listReviews({ kind: "review", unansweredOnly: true });
    expect(page.items.map((r) => r.externalId)).toEqual(["f1"]);
    expect(page.skipped).toEqual([
      {
        kind: "wildberries.feedback",
        reason: expect.stringContaining("createdDate"),
        raw: { id: "f2", createdDate: "когда-то" },
      },
    ]);
  });

  it("a question answer WB accepted with an object in `data` is a success (spec: data is a nullable object)", async () => {
    handle = (req) =>
      req.path === "/api/v1/questions" && req.method === "PATCH"
        ? { body: { data: { id: "q1" }, error: false, errorText: "", additionalErrors: null } }
        : null;
    await expect(
      connector().answerReview({ review: { externalId: "q1", kind: "question" }, text: "Да, есть" }),
    ).resolves.toEqual({ answerExternalId: null });
    expect(stub.requests.filter((r) => r.method === "PATCH")).toHaveLength(1);
  });

  it("a sent chat message WB accepted without `result` fields is a success", async () => {
    handle = (req) => (req.path === "/api/v1/seller/message" ? { body: { result: {}, errors: [] } } : null);
    const sent = await connector().sendMessage({
      chat: { externalId: "1:good", replyToken: "sign" },
      text: "Здравствуйте",
    });
    expect(sent.chatExternalId).toBe("1:good");
  });

  it("reads the archive of reviews (older than 30 days without an answer) page by page, unanswered only", async () => {
    const archived = (i: number, answered: boolean) => ({
      id: `a${i}`,
      text: "Старый отзыв",
      createdDate: "2024-01-01T10:00:00Z",
      productValuation: 2,
      answer: answered ? { text: "Ответ", state: "wbRu", editable: false } : null,
      productDetails: { nmId: 5 },
    });
    handle = (req) => {
      if (req.path !== "/api/v1/feedbacks/archive") return null;
      const skip = Number(req.query.get("skip"));
      const take = Number(req.query.get("take"));
      const all = Array.from({ length: 130 }, (_, i) => archived(i, i % 2 === 0));
      return {
        body: {
          data: { feedbacks: all.slice(skip, skip + take) },
          error: false,
          errorText: "",
          additionalErrors: null,
        },
      };
    };
    const wb = connector();
    const first = await wb.listReviews({ kind: "review", unansweredOnly: true, archive: true });
    expect(first.items.every((r) => !r.answered)).toBe(true);
    expect(first.items).toHaveLength(50);
    expect(first.nextPageToken).toBe("r:100");
    const second = await wb.listReviews({
      kind: "review",
      unansweredOnly: true,
      archive: true,
      pageToken: first.nextPageToken,
    });
    expect(second.items).toHaveLength(15);
    expect(second.nextPageToken).toBeNull();
    const query = stub.requests.find((r) => r.path === "/api/v1/feedbacks/archive")!.query;
    expect(Number(query.get("take"))).toBeLessThanOrEqual(5000); // spec: take max 5000
    expect(query.has("isAnswered")).toBe(false); // not a parameter of the archive
  });
});
