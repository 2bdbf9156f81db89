import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as drafts from "@/app/api/chats/[id]/drafts/route";
import { sseChunks, startFakeLlmServer, type FakeLlmServer, type FakeReply } from "@/lib/ai/testing/fake-llm-server";
import { env, resetEnvForTests } from "@/lib/env";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The draft routes: GET the stored draft, POST streams a new one as server-sent events. The LLM path
// runs against a local fake OpenAI-compatible server; without a key the offline drafter answers.

let db: TestDatabase;
let llm: FakeLlmServer | undefined;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const AI_VARS = ["AI_API_KEY", "AI_BASE_URL", "AI_MODEL", "AI_TIMEOUT_MS"] as const;
const saved = Object.fromEntries(AI_VARS.map((k) => [k, process.env[k]]));

beforeAll(async () => {
  db = await createTestDatabase();
  a = await createWorkspaceFixture({ name: "Модный дом", chats: 1 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 1 });
});
afterAll(() => db?.cleanup());
afterEach(async () => {
  await llm?.close();
  llm = undefined;
  for (const k of AI_VARS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  resetEnvForTests();
});

function useOffline() {
  delete process.env.AI_API_KEY;
  resetEnvForTests();
}

async function useLlm(reply: FakeReply, timeoutMs = 3000) {
  llm = await startFakeLlmServer(() => reply);
  Object.assign(process.env, {
    AI_API_KEY: "test-key-123",
    AI_BASE_URL: llm.baseUrl,
    AI_MODEL: "fake-model",
    AI_TIMEOUT_MS: String(timeoutMs),
  });
  resetEnvForTests();
}

type Event = { type: string; [k: string]: any };

// Reads the stream as the panel does, noting when each event arrived.
async function generate(
  chatId: string,
  userId = a.operator.id,
): Promise<{ status: number; events: (Event & { at: number })[]; json?: any }> {
  const token = await encode({ token: { sub: userId }, secret: env().NEXTAUTH_SECRET });
  const req = new NextRequest("http://localhost/api/test", {
    method: "POST",
    headers: { cookie: `next-auth.session-token=${token}` },
  });
  const started = performance.now();
  const res = await drafts.POST(req, { params: Promise.resolve({ id: chatId }) });
  if (!res.headers.get("content-type")?.startsWith("text/event-stream"))
    return { status: res.status, events: [], json: await res.json() };
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const events: (Event & { at: number })[] = [];
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut: number;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const data = frame.split("\n").find((l) => l.startsWith("data: "));
      if (data) events.push({ ...(JSON.parse(data.slice(6)) as Event), at: performance.now() - started });
    }
  }
  return { status: res.status, events };
}

const shown = (events: Event[]) =>
  events.reduce((text, e) => (e.type === "reset" ? "" : e.type === "delta" ? text + e.text : text), "");

async function chatWith(
  messages: { author: "BUYER" | "SELLER" | "MARKETPLACE"; text: string }[],
  extra: Record<string, unknown> = {},
) {
  const t0 = Date.now() - 60 * 60_000;
  return db.prisma.chat.create({
    data: {
      workspaceId: a.workspace.id,
      accountId: a.account.id,
      marketplace: "wildberries",
      externalId: `ext-${Math.random().toString(36).slice(2)}`,
      customerName: "Ирина",
      orderId: "482913577",
      productTitle: "Рюкзак городской",
      ...extra,
      messages: {
        create: messages.map((m, i) => ({
          ...m,
          createdAt: new Date(t0 + i * 60_000),
          status: m.author === "SELLER" ? ("SENT" as const) : null,
        })),
      },
    },
  });
}

describe("POST /api/chats/[id]/drafts with the offline drafter (no AI key)", () => {
  it("streams an offline draft, stores it, and GET returns it until the buyer writes again", async () => {
    useOffline();
    const chat = await chatWith([{ author: "BUYER", text: "Здравствуйте, когда привезут заказ?" }]);
    expect((await callRoute(drafts.GET, { params: { id: chat.id }, userId: a.operator.id })).json).toEqual({
      draft: null,
      stale: false,
      negativeReview: false,
    });

    const { status, events } = await generate(chat.id);
    expect(status).toBe(200);
    expect(events[0]).toMatchObject({ type: "start", source: "offline", negativeReview: false });
    const done = events.at(-1)!;
    expect(done).toMatchObject({
      type: "done",
      draft: { source: "offline", model: "offline-templates-v1", fallbackReason: null },
    });
    expect(shown(events)).toBe(done.draft.text);
    expect(done.draft.text).toMatch(/^Здравствуйте, Ирина!/);
    expect(done.draft.text).toMatch(/Модный дом$/); // the workspace name signs the draft

    const stored = await db.prisma.aiDraft.findUniqueOrThrow({ where: { id: done.draft.id } });
    expect(stored).toMatchObject({
      chatId: chat.id,
      source: "offline",
      model: "offline-templates-v1",
      text: done.draft.text,
    });
    expect(stored.latencyMs).toBeGreaterThanOrEqual(0);
    const got = await callRoute(drafts.GET, { params: { id: chat.id }, userId: a.operator.id });
    expect(got.json).toMatchObject({ draft: { id: done.draft.id, text: done.draft.text }, stale: false });

    await db.prisma.message.create({
      data: { chatId: chat.id, author: "BUYER", text: "Алло?", createdAt: new Date(Date.now() + 1000) },
    });
    expect((await callRoute(drafts.GET, { params: { id: chat.id }, userId: a.operator.id })).json.stale).toBe(true);
  });

  it("answers a chat opened about a negative review with empathy first", async () => {
    useOffline();
    const chat = await chatWith(
      [
        {
          author: "MARKETPLACE",
          text: "Покупатель оставил отзыв с оценкой 2★. Отзыв не будет опубликован, пока вы общаетесь с покупателем.",
        },
        { author: "BUYER", text: "Качество ужасное, рюкзак порвался через два дня" },
      ],
      { rating: 2 },
    );
    const { events } = await generate(chat.id);
    expect(events[0]).toMatchObject({ type: "start", negativeReview: true });
    const text = events.at(-1)!.draft.text as string;
    expect(text.split("\n\n")[1]).toMatch(/^Нам очень жаль/);
    expect(text).toMatch(/дополните отзыв/);
    expect(text).not.toMatch(/звезд|звёзд|оценк/i);
    expect((await callRoute(drafts.GET, { params: { id: chat.id }, userId: a.operator.id })).json).toMatchObject({
      negativeReview: true,
      draft: { text },
    });

    const review = await chatWith([{ author: "BUYER", text: "Отличный рюкзак, всё понравилось" }], {
      kind: "REVIEW",
      rating: 5,
    });
    expect((await generate(review.id)).events[0]).toMatchObject({ negativeReview: false });
  });

  it("answers 404 for another workspace's chat, on GET and POST, and stores nothing", async () => {
    useOffline();
    const chat = await chatWith([{ author: "BUYER", text: "Есть размер M?" }]);
    const post = await generate(chat.id, b.operator.id);
    expect(post.status).toBe(404);
    expect(post.events).toEqual([]);
    const get = await callRoute(drafts.GET, { params: { id: chat.id }, userId: b.operator.id });
    expect(get.status).toBe(404);
    expect(await db.prisma.aiDraft.count({ where: { chatId: chat.id } })).toBe(0);
  });
});

describe("POST /api/chats/[id]/drafts with an OpenAI-compatible provider", () => {
  it("streams the model's tokens as they arrive and stores the draft with model and latency", async () => {
    const pieces = ["Здравствуйте, Ирина! ", "Заказ 482913577 уже в пути, ", "ожидайте его в пункте выдачи завтра."];
    await useLlm({ kind: "sse", events: sseChunks(pieces), delayMs: 150 });
    const chat = await chatWith([
      { author: "BUYER", text: "Где мой заказ?" },
      { author: "SELLER", text: "Проверяем." },
      { author: "BUYER", text: "Ну что там?" },
    ]);
    const { events } = await generate(chat.id);
    expect(events[0]).toMatchObject({ type: "start", source: "llm", model: "fake-model" });
    const deltas = events.filter((e) => e.type === "delta");
    expect(deltas.map((e) => e.text)).toEqual(pieces);
    const done = events.at(-1)!;
    // Streamed, not buffered: the first token reached us well before the draft was finished.
    expect(done.at - deltas[0]!.at).toBeGreaterThan(200);
    expect(done.draft).toMatchObject({
      source: "llm",
      model: "fake-model",
      text: pieces.join("").trim(),
      fallbackReason: null,
    });
    expect(done.draft.latencyMs).toBeGreaterThanOrEqual(300);

    // What the model was told: marketplace, order, product, the conversation and the store.
    const request = llm!.requests[0]!;
    expect(request.headers.authorization).toBe("Bearer test-key-123");
    const prompt = JSON.stringify(request.body);
    for (const needle of [
      "Wildberries",
      "482913577",
      "Рюкзак городской",
      "Где мой заказ?",
      "Проверяем.",
      "Ну что там?",
      "Модный дом",
    ]) {
      expect(prompt).toContain(needle);
    }
    expect(await db.prisma.aiDraft.findUniqueOrThrow({ where: { id: done.draft.id } })).toMatchObject({
      source: "llm",
      model: "fake-model",
    });
  });

  it("falls back to the offline draft when the provider times out, and says why", async () => {
    await useLlm({ kind: "hang" }, 300);
    const chat = await chatWith([{ author: "BUYER", text: "Подскажите, есть размер M?" }]);
    const { events } = await generate(chat.id);
    expect(events[0]).toMatchObject({ type: "start", source: "llm" });
    const done = events.at(-1)!;
    expect(done.draft).toMatchObject({ source: "offline", model: "offline-templates-v1", fallbackReason: "timeout" });
    expect(shown(events)).toBe(done.draft.text);
    expect(await db.prisma.aiDraft.findUniqueOrThrow({ where: { id: done.draft.id } })).toMatchObject({
      fallbackReason: "timeout",
    });
  });

  it("withdraws a streamed draft that breaks the guardrails, and keeps flag findings on an accepted one", async () => {
    await useLlm({ kind: "sse", events: sseChunks(["Позвоните нам: ", "+7 999 123-45-67"]) });
    const chat = await chatWith([{ author: "BUYER", text: "Как с вами связаться?" }]);
    const blocked = await generate(chat.id);
    expect(blocked.events.map((e) => e.type)).toContain("reset");
    expect(blocked.events.at(-1)!.draft).toMatchObject({ source: "offline", fallbackReason: "guardrails" });
    expect(shown(blocked.events)).not.toContain("123-45-67");

    await llm!.close();
    await useLlm({
      kind: "sse",
      events: sseChunks(["Здравствуйте! У нас нет телеграма. ", "Отвечаем здесь, в чате заказа."]),
    });
    const flagged = await generate(chat.id);
    const draft = flagged.events.at(-1)!.draft;
    expect(draft.source).toBe("llm");
    expect(draft.findings).toMatchObject([{ kind: "messenger", severity: "flag" }]);
    const stored = await db.prisma.aiDraft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(stored.findings).toMatchObject([{ kind: "messenger", severity: "flag", match: draft.findings[0].match }]);
  });
});
