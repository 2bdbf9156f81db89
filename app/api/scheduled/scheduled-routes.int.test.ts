import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as chatScheduled from "@/app/api/chats/[id]/scheduled/route";
import * as draft from "@/app/api/chats/[id]/scheduled/draft/route";
import * as options from "@/app/api/chats/[id]/scheduled/options/route";
import * as optOut from "@/app/api/chats/[id]/follow-up-opt-out/route";
import * as list from "@/app/api/scheduled/route";
import * as one from "@/app/api/scheduled/[id]/route";
import * as rules from "@/app/api/follow-up-rules/route";
import * as products from "@/app/api/product-settings/route";
import * as product from "@/app/api/product-settings/[id]/route";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The follow-up routes: shapes, validation, roles, and tenant isolation (another workspace's chats,
// scheduled messages and product settings answer exactly like ids that do not exist).

let db: TestDatabase;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let bScheduledId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 2 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 1 });
  const res = await callRoute(chatScheduled.POST, {
    method: "POST",
    params: { id: b.chatIds[0]! },
    body: { text: "Beta: всё ли в порядке?", inDays: 3 },
    userId: b.operator.id,
  });
  expect(res.status).toBe(201);
  bScheduledId = res.json.id;
});
afterAll(() => db.cleanup());

const asA = (handler: Parameters<typeof callRoute>[0], init: Parameters<typeof callRoute>[1] = {}) =>
  callRoute(handler, { userId: a.operator.id, ...init });

describe("scheduled message routes", () => {
  it("schedules in a chat, lists it in the thread and the workspace list, edits and cancels it", async () => {
    const chatId = a.chatIds[0]!;
    const created = await asA(chatScheduled.POST, {
      method: "POST",
      params: { id: chatId },
      body: { text: "  Здравствуйте! Всё ли в порядке?  ", inDays: 3 },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      status: "SCHEDULED",
      text: "Здравствуйте! Всё ли в порядке?",
      source: "MANUAL",
      createdBy: { id: a.operator.id },
    });
    const thread = await asA(chatScheduled.GET, { params: { id: chatId } });
    expect(thread.json.messages.map((m: { id: string }) => m.id)).toEqual([created.json.id]);
    const all = await asA(list.GET, { url: "http://localhost/api/scheduled?status=SCHEDULED" });
    expect(
      all.json.messages.map((m: { id: string; chat: { customerName: string } }) => [m.id, m.chat.customerName]),
    ).toEqual([[created.json.id, "Alpha buyer 0"]]);

    const sendAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const edited = await asA(one.PATCH, {
      method: "PATCH",
      params: { id: created.json.id },
      body: { text: "Здравствуйте! Как вам товар?", sendAt },
    });
    expect(edited.json).toMatchObject({ text: "Здравствуйте! Как вам товар?", sendAt });
    const cancelled = await asA(one.DELETE, { method: "DELETE", params: { id: created.json.id } });
    expect(cancelled.json).toMatchObject({ status: "CANCELLED", cancelReason: "operator" });
    expect((await asA(one.DELETE, { method: "DELETE", params: { id: created.json.id } })).status).toBe(200);
    const late = await asA(one.PATCH, { method: "PATCH", params: { id: created.json.id }, body: { text: "Поздно" } });
    expect(late.status).toBe(409);
  });

  it("validates: text and exactly one of inDays / sendAt, a future time, the guardrails", async () => {
    const chatId = a.chatIds[1]!;
    const post = (body: unknown) => asA(chatScheduled.POST, { method: "POST", params: { id: chatId }, body });
    expect((await post({ text: "", inDays: 1 })).status).toBe(400);
    expect((await post({ text: "Привет" })).status).toBe(400);
    expect((await post({ text: "Привет", inDays: 1, sendAt: new Date().toISOString() })).status).toBe(400);
    const past = await post({ text: "Привет", sendAt: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(422);
    expect(past.json.error.details).toEqual({ reason: "send_at_past" });
    const link = await post({ text: "Смотрите https://example.com", inDays: 1 });
    expect(link.status).toBe(422);
    expect(link.json.error.details.reason).toBe("guardrails");
  });

  it("answers 404 for another workspace's chats and scheduled messages, like missing ones", async () => {
    const foreignChat = b.chatIds[0]!;
    for (const [handler, init] of [
      [chatScheduled.GET, { params: { id: foreignChat } }],
      [chatScheduled.POST, { method: "POST", params: { id: foreignChat }, body: { text: "Привет", inDays: 1 } }],
      [options.GET, { params: { id: foreignChat } }],
      [draft.POST, { method: "POST", params: { id: foreignChat }, body: {} }],
      [optOut.PUT, { method: "PUT", params: { id: foreignChat }, body: { optOut: true } }],
      [one.PATCH, { method: "PATCH", params: { id: bScheduledId }, body: { text: "Взлом" } }],
      [one.DELETE, { method: "DELETE", params: { id: bScheduledId } }],
    ] as const) {
      const res = await asA(handler, init);
      expect(res.status, JSON.stringify(init)).toBe(404);
      expect(JSON.stringify(res.json)).not.toContain("Beta");
    }
    const listed = await asA(list.GET, { url: "http://localhost/api/scheduled?status=all" });
    expect(listed.json.messages.some((m: { id: string }) => m.id === bScheduledId)).toBe(false);
    expect(await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: bScheduledId } })).toMatchObject({
      status: "SCHEDULED",
      text: "Beta: всё ли в порядке?",
    });
    expect(await db.prisma.chat.findUniqueOrThrow({ where: { id: foreignChat } })).toMatchObject({
      followUpOptOutAt: null,
    });
  });

  it("a follow-up draft comes with the template filled in for the chat", async () => {
    const res = await asA(draft.POST, { method: "POST", params: { id: a.chatIds[1]! }, body: { kind: "RESOLVED" } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ source: "template", findings: [] });
    expect(res.json.text).toContain("Alpha buyer 1");
  });

  it("the opt-out switch is per chat and shows in the thread", async () => {
    const res = await asA(optOut.PUT, { method: "PUT", params: { id: a.chatIds[1]! }, body: { optOut: true } });
    expect(res.json).toMatchObject({ changed: true });
    expect((await asA(chatScheduled.GET, { params: { id: a.chatIds[1]! } })).json.optedOut).toBe(true);
    expect((await asA(options.GET, { params: { id: a.chatIds[1]! } })).json).toMatchObject({
      allowed: false,
      refusal: { code: "opted_out" },
    });
    await asA(optOut.PUT, { method: "PUT", params: { id: a.chatIds[1]! }, body: { optOut: false } });
  });
});

describe("follow-up settings routes", () => {
  it("rules: everyone reads them (off by default), only owners change them, templates are checked", async () => {
    const read = await asA(rules.GET);
    expect(
      read.json.rules.map((r: { kind: string; enabled: boolean; delayDays: number }) => [
        r.kind,
        r.enabled,
        r.delayDays,
      ]),
    ).toEqual([
      ["RESOLVED", false, 3],
      ["CROSS_SELL", false, 7],
      ["REFILL", false, 30],
    ]);
    const body = {
      rules: [
        { kind: "RESOLVED", enabled: true, delayDays: 4, template: "Здравствуйте, {{customerName}}! Всё хорошо?" },
      ],
    };
    expect((await asA(rules.PUT, { method: "PUT", body })).status).toBe(403);
    const saved = await callRoute(rules.PUT, { method: "PUT", body, userId: a.owner.id });
    expect(saved.json.rules[0]).toMatchObject({
      kind: "RESOLVED",
      enabled: true,
      delayDays: 4,
      isDefaultTemplate: false,
    });
    expect((await callRoute(rules.GET, { userId: b.owner.id })).json.rules[0]).toMatchObject({
      enabled: false,
      delayDays: 3,
    });
    const bad = await callRoute(rules.PUT, {
      method: "PUT",
      body: {
        rules: [{ kind: "RESOLVED", enabled: true, delayDays: 3, template: "{{promo}} пишите в telegram @shop" }],
      },
      userId: a.owner.id,
    });
    expect(bad.status).toBe(422);
  });

  it("product settings: owners save and delete, per workspace", async () => {
    const input = {
      marketplace: "wildberries",
      productId: "nm-1",
      title: "Чай",
      relatedProducts: ["Чайник", "Пиала"],
      consumable: true,
      refillDays: 30,
    };
    expect((await asA(products.POST, { method: "POST", body: input })).status).toBe(403);
    expect(
      (await callRoute(products.POST, { method: "POST", body: { ...input, refillDays: null }, userId: a.owner.id }))
        .status,
    ).toBe(400);
    const saved = await callRoute(products.POST, { method: "POST", body: input, userId: a.owner.id });
    expect(saved.status).toBe(201);
    expect((await asA(products.GET)).json.products).toHaveLength(1);
    expect((await callRoute(products.GET, { userId: b.owner.id })).json.products).toEqual([]);
    expect(
      (await callRoute(product.DELETE, { method: "DELETE", params: { id: saved.json.id }, userId: b.owner.id })).status,
    ).toBe(404);
    expect(
      (await callRoute(product.DELETE, { method: "DELETE", params: { id: saved.json.id }, userId: a.owner.id })).status,
    ).toBe(204);
  });
});
