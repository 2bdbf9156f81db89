import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createAvitoConnector } from "@/lib/marketplaces/avito/connector";
import { handleAvitoWebhook } from "@/lib/marketplaces/avito/webhook";
import {
  FAST_HTTP,
  startStubServer,
  testAccountKey,
  type StubReply,
  type StubRequest,
  type StubServer,
} from "@/lib/marketplaces/test-support";

// Avito over HTTP with bodies as avito-messenger.json allows: no order of chats or messages is promised,
// and no field is required.

const USER = "141906442";
let handle: (req: StubRequest) => StubReply | null = () => null;
let stub: StubServer;
beforeAll(async () => {
  stub = await startStubServer((req) =>
    req.path === "/token" ? { body: { access_token: "tok", expires_in: 86400, token_type: "Bearer" } } : handle(req),
  );
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
});

function connector() {
  return createAvitoConnector({
    credentials: { clientId: "client-1", clientSecret: "secret-1", userId: USER },
    baseUrls: { api: stub.url },
    runtime: {
      http: { ...FAST_HTTP, rateLimits: { messenger: { burst: 1000, intervalMs: 1 } } },
      accountKey: testAccountKey(),
    },
  });
}

const chat = (id: string, updated: number) => ({
  id,
  created: updated - 100,
  updated,
  users: [{ id: 555, name: "Пётр" }],
});
const message = (id: string, created: number) => ({
  id,
  author_id: 555,
  created,
  direction: "in",
  type: "text",
  content: { text: `сообщение ${id}` },
});

/** A seeded shuffle: the same "random" order on every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("avito catch-up without an ordering promise", () => {
  it("finds every chat updated in the window when the chat list comes in no particular order", async () => {
    const since = 1_700_000_000;
    // 250 chats over three pages: 40 fresh ones spread anywhere, the rest older than the cursor.
    const all = Array.from({ length: 250 }, (_, i) =>
      chat(`u2i-${i}`, i % 6 === 0 ? since + 10 + i : since - 1000 - i),
    );
    const order = shuffled(all, 7);
    handle = (req) => {
      if (req.path === `/messenger/v2/accounts/${USER}/chats`) {
        const offset = Number(req.query.get("offset"));
        const limit = Number(req.query.get("limit"));
        return { body: { chats: order.slice(offset, offset + limit) } };
      }
      const m = req.path.match(/^\/messenger\/v3\/accounts\/\d+\/chats\/([^/]+)\/messages\/$/);
      if (m) return { body: [message(`${m[1]}-new`, since + 50), message(`${m[1]}-old`, since - 50)] };
      return null;
    };
    const batch = await connector().fetchUpdates({ cursor: String(since) });
    const fresh = all.filter((c) => c.updated >= since).map((c) => c.id);
    expect(batch.chats.map((c) => c.externalId).sort()).toEqual(fresh.sort());
    expect(batch.messages.map((m) => m.externalId).sort()).toEqual(fresh.map((id) => `${id}-new`).sort());
    expect(batch.cursor).toBe(String(Math.max(...all.map((c) => c.updated))));
  });

  it("reads every full page of a chat's messages when they come in no particular order", async () => {
    const since = 1_700_000_000;
    const msgs = shuffled(
      Array.from({ length: 150 }, (_, i) => message(`m${i}`, i < 3 ? since + i : since - 10 - i)),
      3,
    );
    handle = (req) => {
      if (req.path === `/messenger/v2/accounts/${USER}/chats`)
        return { body: { chats: Number(req.query.get("offset")) === 0 ? [chat("u2i-x", since + 5)] : [] } };
      if (req.path.endsWith("/messages/")) {
        const offset = Number(req.query.get("offset"));
        return { body: msgs.slice(offset, offset + Number(req.query.get("limit"))) };
      }
      return null;
    };
    const batch = await connector().fetchUpdates({ cursor: String(since) });
    expect(batch.messages.map((m) => m.externalId).sort()).toEqual(["m0", "m1", "m2"]);
  });

  it("a chat or message without an id is kept aside; the rest of the page is stored", async () => {
    handle = (req) => {
      if (req.path === `/messenger/v2/accounts/${USER}/chats`)
        return { body: { chats: [chat("u2i-a", 1_700_000_100), { updated: 1_700_000_200 }] } };
      if (req.path.endsWith("/messages/"))
        return {
          body: { messages: [message("m-1", 1_700_000_100), { content: { text: "без id" }, created: 1_700_000_100 }] },
        };
      return null;
    };
    const batch = await connector().fetchUpdates({ cursor: null });
    expect(batch.chats.map((c) => c.externalId)).toEqual(["u2i-a"]);
    expect(batch.messages.map((m) => m.externalId)).toEqual(["m-1"]);
    expect(batch.skipped?.map((s) => [s.kind, s.reason])).toEqual([
      ["avito.chat", "id: missing"],
      ["avito.message", "id: missing"],
    ]);
  });

  it("a message push without a chat id is acknowledged with 200 and kept aside", () => {
    const body = JSON.stringify({
      id: "p1",
      version: "v3.0.0",
      timestamp: 1,
      payload: { type: "message", value: { id: "m1", created: 1_700_000_000, type: "text", content: { text: "x" } } },
    });
    const result = handleAvitoWebhook({ body });
    expect(result.response.status).toBe(200);
    expect(result.events).toEqual([]);
    expect(result.skipped).toEqual([
      { kind: "avito.push", reason: expect.stringContaining("chat_id"), raw: JSON.parse(body) },
    ]);
    // Avito's reachability check ("{}") is not a record: ignored, not kept.
    expect(handleAvitoWebhook({ body: "{}" }).skipped).toBeUndefined();
  });
});
