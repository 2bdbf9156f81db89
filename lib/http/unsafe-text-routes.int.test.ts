import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as notes from "@/app/api/chats/[id]/notes/route";
import * as replies from "@/app/api/chats/[id]/replies/route";
import * as snippets from "@/app/api/snippets/route";
import * as chats from "@/app/api/chats/route";
import * as chat from "@/app/api/chats/[id]/route";
import * as matching from "@/app/api/chats/matching/route";
import * as labels from "@/app/api/labels/route";
import * as bulkJobs from "@/app/api/bulk-jobs/route";
import { env } from "@/lib/env";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Text a member types (notes, snippets, replies) goes through the same edge check as webhooks: a NUL
// or a lone surrogate is refused with 400 and the reason in both languages, never a 500.

let db: TestDatabase;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createWorkspaceFixture({ name: "Text", chats: 1 });
});
afterAll(() => db.cleanup());

const expectRefused = (res: { status: number; json: any }, reason: string) => {
  expect(res.status).toBe(400);
  expect(res.json.error).toMatchObject({
    code: "bad_request",
    details: { reason, ru: expect.any(String), en: expect.any(String) },
  });
};

describe("member text with unstorable characters", () => {
  it("a note with a NUL (escaped in JSON) is refused", async () => {
    const res = await callRoute(notes.POST, {
      method: "POST",
      params: { id: fx.chatIds[0]! },
      body: '{"text":"заметка \\u0000"}',
      userId: fx.operator.id,
    });
    expectRefused(res, "nul_character");
    expect(await db.prisma.chatNote.count({ where: { chatId: fx.chatIds[0]! } })).toBe(0);
  });

  it("a snippet with a lone surrogate is refused", async () => {
    const res = await callRoute(snippets.POST, {
      method: "POST",
      body: '{"shortcut":"hi","title":"Привет","text":"\\ud800"}',
      userId: fx.owner.id,
    });
    expectRefused(res, "lone_surrogate");
  });

  it("a label name or a bulk request key with a NUL or a lone surrogate is refused", async () => {
    expectRefused(
      await callRoute(labels.POST, {
        method: "POST",
        body: '{"name":"VIP\\u0000","color":"red"}',
        userId: fx.owner.id,
      }),
      "nul_character",
    );
    expectRefused(
      await callRoute(labels.POST, {
        method: "POST",
        body: '{"name":"\\udc00VIP","color":"red"}',
        userId: fx.owner.id,
      }),
      "lone_surrogate",
    );
    const bulk = '{"requestKey":"key-\\u0000-0001","action":{"type":"read"},"selection":{"ids":["x"]}}';
    expectRefused(
      await callRoute(bulkJobs.POST, { method: "POST", body: bulk, userId: fx.operator.id }),
      "nul_character",
    );
    expect(await db.prisma.label.count({ where: { workspaceId: fx.workspace.id } })).toBe(0);
  });

  it("a reply, as JSON or as a multipart field, is refused before anything is sent", async () => {
    const json = await callRoute(replies.POST, {
      method: "POST",
      params: { id: fx.chatIds[0]! },
      body: '{"text":"\\u0000","clientRequestId":"00000000-0000-4000-8000-000000000001"}',
      userId: fx.operator.id,
    });
    expectRefused(json, "nul_character");
    const form = new FormData();
    form.set("text", "ответ \u0000");
    form.set("clientRequestId", "00000000-0000-4000-8000-000000000002");
    form.append("files", new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), "a.png");
    const token = await encode({ token: { sub: fx.operator.id }, secret: env().NEXTAUTH_SECRET });
    const req = new NextRequest("http://localhost/api/test", {
      method: "POST",
      body: form,
      headers: { cookie: `next-auth.session-token=${token}` },
    });
    const res = await replies.POST(req, { params: Promise.resolve({ id: fx.chatIds[0]! }) });
    expectRefused({ status: res.status, json: await res.json() }, "nul_character");
    expect(await db.prisma.message.count({ where: { chatId: fx.chatIds[0]!, author: "SELLER" } })).toBe(0);
  });
});

describe("filters and ids with unstorable characters", () => {
  it("a NUL in the query string or in a path id is refused with the reason, never a failed query", async () => {
    for (const url of [
      "http://localhost/api/chats?q=a%00b",
      "http://localhost/api/chats?view=all&label=%00",
      "http://localhost/api/chats?view=all&operator=%00",
    ]) {
      expectRefused(await callRoute(chats.GET, { url, userId: fx.operator.id }), "nul_character");
    }
    expectRefused(
      await callRoute(matching.GET, { url: "http://localhost/api/chats/matching?q=a%00b", userId: fx.operator.id }),
      "nul_character",
    );
    expectRefused(await callRoute(chat.GET, { params: { id: "chat\u0000" }, userId: fx.operator.id }), "nul_character");
  });

  it("a report's day the database has no date for (year 0) is a 400", async () => {
    const res = await callRoute(chats.GET, {
      url: "http://localhost/api/chats?view=all&from=0000-01-01&to=0000-01-02",
      userId: fx.operator.id,
    });
    expect(res.status).toBe(400);
  });
});
