import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createOzonConnector } from "@/lib/marketplaces/ozon/connector";
import { handleOzonWebhook } from "@/lib/marketplaces/ozon/webhook";
import { UnusableRecordError } from "@/lib/marketplaces/parse-each";
import {
  FAST_HTTP,
  startStubServer,
  testAccountKey,
  type StubReply,
  type StubRequest,
  type StubServer,
} from "@/lib/marketplaces/test-support";

// Ozon over HTTP with bodies shaped as the captured spec subset allows.

let handle: (req: StubRequest) => StubReply | null = () => null;
let stub: StubServer;
beforeAll(async () => {
  stub = await startStubServer((req) => handle(req));
});
afterAll(() => stub.close());

function connector() {
  return createOzonConnector({
    credentials: { clientId: "123456", apiKey: "ozon-api-key-1" },
    baseUrls: { api: stub.url },
    runtime: { http: FAST_HTTP, accountKey: testAccountKey() },
  });
}

const customer = { id: "115568", type: "Сustomer" };

describe("ozon: odd records and documented limits", () => {
  it("a chat or a message that cannot be used is kept aside; the others are stored and the cursor moves on", async () => {
    handle = (req) => {
      if (req.path === "/v3/chat/list") {
        return {
          raw: `{"chats":[{"chat":{"chat_id":"c1","chat_type":"Buyer_Seller","chat_status":"OPENED"},"last_message_id":"3000000000000000020"},{"chat":{"chat_type":"Buyer_Seller"}}],"has_next":false}`,
        };
      }
      if (req.path === "/v3/chat/history") {
        return {
          raw: `{"has_next":false,"messages":[{"message_id":3000000000000000020,"created_at":"2024-05-01T10:00:00Z","user":${JSON.stringify(customer)},"data":["Где заказ?"]},{"message_id":3000000000000000019,"created_at":"не дата","user":${JSON.stringify(customer)},"data":["?"]}]}`,
        };
      }
      return null;
    };
    const batch = await connector().fetchUpdates({ cursor: null });
    expect(batch.messages.map((m) => m.externalId)).toEqual(["3000000000000000020"]);
    expect(batch.chats.map((c) => c.externalId)).toEqual(["c1"]);
    expect(batch.cursor).toBe("3000000000000000020");
    expect(batch.skipped?.map((s) => [s.kind, s.reason])).toEqual([
      ["ozon.chat", "chat.chat_id: missing"],
      ["ozon.message", expect.stringContaining("created_at")],
    ]);
  });

  it("/v3/chat/list is called without a `limit` the spec does not state", async () => {
    stub.requests.length = 0;
    handle = (req) => (req.path === "/v3/chat/list" ? { body: { chats: [], has_next: false } } : null);
    await connector().listChats({});
    const body = JSON.parse(stub.requests[0]!.body) as Record<string, unknown>;
    expect(body).not.toHaveProperty("limit");
  });

  it("a new-message push without a message id is acknowledged with {result: true} and kept aside", () => {
    const push = {
      message_type: "TYPE_NEW_MESSAGE",
      chat_id: "c1",
      chat_type: "Buyer_Seller",
      created_at: "2022-07-18T20:58:04.528Z",
      user: customer,
      data: ["x"],
      seller_id: "7",
    };
    const result = handleOzonWebhook({
      body: JSON.stringify(push),
      integration: { name: "t", version: "1" },
      now: new Date(),
    });
    expect(result.response).toEqual({ status: 200, body: { result: true } });
    expect(result.events).toEqual([]);
    expect(result.skipped).toEqual([{ kind: "ozon.push", reason: expect.stringContaining("message_id"), raw: push }]);
  });

  it("a message fetched by id that cannot be used is reported with the record, to be kept aside", async () => {
    handle = (req) =>
      req.path === "/v3/chat/history"
        ? {
            raw: `{"has_next":false,"messages":[{"message_id":3000000000000000021,"created_at":"не дата","user":{"type":"Customer"}}]}`,
          }
        : null;
    const error = await connector()
      .fetchMessage({ chatExternalId: "c1", messageExternalId: "3000000000000000021" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnusableRecordError);
    expect((error as UnusableRecordError).record).toMatchObject({
      kind: "ozon.message",
      reason: "created_at: not_a_date",
    });
  });
});
