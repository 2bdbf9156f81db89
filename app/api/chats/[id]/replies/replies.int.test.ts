import crypto from "node:crypto";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as replies from "@/app/api/chats/[id]/replies/route";
import * as retry from "@/app/api/chats/[id]/replies/[messageId]/retry/route";
import * as messages from "@/app/api/chats/[id]/messages/route";
import { env } from "@/lib/env";
import { createSimAccount, createSimChat } from "@/lib/inbox/testing/sim-chat";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The reply routes as the composer calls them: JSON or multipart, against the simulator.

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let wb: Awaited<ReturnType<typeof createSimAccount>>;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 1 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 1 });
  wb = await createSimAccount({ sim, workspaceId: a.workspace.id, marketplace: "wildberries" });
});
afterAll(async () => {
  await sim?.close();
  await db?.cleanup();
});

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

// callRoute sends JSON only; the composer sends files as multipart/form-data.
async function callMultipart(
  handler: Handler,
  { params, form, userId }: { params: Record<string, string>; form: FormData; userId: string },
) {
  const token = await encode({ token: { sub: userId }, secret: env().NEXTAUTH_SECRET });
  const req = new NextRequest("http://localhost/api/test", {
    method: "POST",
    body: form,
    headers: { cookie: `next-auth.session-token=${token}` },
  });
  const res = await handler(req, { params: Promise.resolve(params) });
  return { status: res.status, json: (await res.json()) as any };
}

const sentTo = (chatId: string) =>
  sim.control.sentMessages({ marketplace: "wildberries" }).filter((s) => s.chatId === chatId);

describe("POST /api/chats/[id]/replies", () => {
  it("sends a reply (201), shows it in the thread, and answers a repeat with the same message (200)", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const body = { text: "Здравствуйте! Отправили заказ сегодня.", clientRequestId: crypto.randomUUID() };
    const first = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body,
      userId: a.operator.id,
    });
    expect(first.status).toBe(201);
    expect(first.json.message).toMatchObject({
      author: "SELLER",
      status: "SENT",
      text: body.text,
      sender: { id: a.operator.id },
    });
    const repeat = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body,
      userId: a.operator.id,
    });
    expect(repeat.status).toBe(200);
    expect(repeat.json.message.id).toBe(first.json.message.id);
    expect(sentTo(chat.externalId)).toHaveLength(1);

    const thread = await callRoute(messages.GET, { params: { id: chat.id }, userId: a.operator.id });
    expect(thread.json.messages.at(-1)).toEqual(first.json.message);
  });

  it("answers 422 with the guardrail findings and sends nothing", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const text = "Пишите на почту shop@example.com";
    const res = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body: { text, clientRequestId: crypto.randomUUID() },
      userId: a.operator.id,
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("unprocessable");
    const finding = res.json.error.details.findings.find((f: { kind: string }) => f.kind === "email");
    expect(finding).toMatchObject({ severity: "block", match: "shop@example.com" });
    expect(text.slice(finding.start, finding.end)).toBe("shop@example.com");
    expect(sentTo(chat.externalId)).toHaveLength(0);
  });

  it("returns a moderation rejection as a FAILED message with the reason, and the retry route re-sends it", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const reason = "Сообщение отклонено модерацией: подозрение на спам";
    sim.control.addFault({ prefix: "/wb-chat", path: "/message", kind: "moderation", message: reason });
    const res = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body: { text: "Спасибо за покупку!", clientRequestId: crypto.randomUUID() },
      userId: a.operator.id,
    });
    expect(res.status).toBe(201);
    expect(res.json.message).toMatchObject({ status: "FAILED", error: reason, text: "Спасибо за покупку!" });

    const retried = await callRoute(retry.POST, {
      method: "POST",
      params: { id: chat.id, messageId: res.json.message.id },
      userId: a.owner.id,
    });
    expect(retried.status).toBe(200);
    expect(retried.json.message).toMatchObject({ id: res.json.message.id, status: "SENT", error: null });
    expect(sentTo(chat.externalId).map((s) => s.text)).toEqual(["Спасибо за покупку!"]);
  });

  it("takes files as multipart/form-data and refuses a type the marketplace does not accept", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const form = new FormData();
    form.set("text", "Инструкция во вложении");
    form.set("clientRequestId", crypto.randomUUID());
    form.append("files", new File([new Uint8Array([37, 80, 68, 70])], "manual.pdf", { type: "application/pdf" }));
    const ok = await callMultipart(replies.POST, { params: { id: chat.id }, form, userId: a.operator.id });
    expect(ok.status).toBe(201);
    expect(ok.json.message).toMatchObject({
      status: "SENT",
      attachments: [{ fileName: "manual.pdf", mimeType: "application/pdf", size: 4 }],
    });
    expect(sentTo(chat.externalId)[0]?.files).toEqual([{ name: "manual.pdf", type: "application/pdf", size: 4 }]);

    const bad = new FormData();
    bad.set("text", "Архив");
    bad.set("clientRequestId", crypto.randomUUID());
    bad.append("files", new File([new Uint8Array(4)], "photos.zip", { type: "application/zip" }));
    const refused = await callMultipart(replies.POST, { params: { id: chat.id }, form: bad, userId: a.operator.id });
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toMatchObject({
      reason: "files",
      issues: [{ code: "type", fileName: "photos.zip" }],
    });
    // Codes with values only: the composer words them in the member's language, so no Russian sentence comes back.
    expect(JSON.stringify(refused.json.error.details)).not.toMatch(/[а-яё]/i);
    expect(sentTo(chat.externalId)).toHaveLength(1);
  });

  it("answers 400 for a body without clientRequestId", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const res = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body: { text: "Без id" },
      userId: a.operator.id,
    });
    expect(res.status).toBe(400);
    expect(sentTo(chat.externalId)).toHaveLength(0);
  });

  it("is scoped to the workspace: another workspace's chat and message answer 404, anonymous 401", async () => {
    const chat = await createSimChat({ sim, account: wb });
    sim.control.addFault({ prefix: "/wb-chat", path: "/message", kind: "moderation", message: "Нет" });
    const failed = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body: { text: "Ответ", clientRequestId: crypto.randomUUID() },
      userId: a.operator.id,
    });
    expect(failed.json.message.status).toBe("FAILED");

    const foreign = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body: { text: "Чужой", clientRequestId: crypto.randomUUID() },
      userId: b.operator.id,
    });
    const missing = await callRoute(replies.POST, {
      method: "POST",
      params: { id: "nope" },
      body: { text: "Чужой", clientRequestId: crypto.randomUUID() },
      userId: b.operator.id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toEqual(missing.json.error);
    const foreignRetry = await callRoute(retry.POST, {
      method: "POST",
      params: { id: chat.id, messageId: failed.json.message.id },
      userId: b.owner.id,
    });
    expect(foreignRetry.status).toBe(404);
    expect(JSON.stringify(foreignRetry.json)).not.toContain("Ответ");
    const anonymous = await callRoute(replies.POST, {
      method: "POST",
      params: { id: chat.id },
      body: { text: "Аноним", clientRequestId: crypto.randomUUID() },
    });
    expect(anonymous.status).toBe(401);
    expect(sentTo(chat.externalId)).toHaveLength(0);
    expect(await db.prisma.message.findUniqueOrThrow({ where: { id: failed.json.message.id } })).toMatchObject({
      status: "FAILED",
    });
  });
});
