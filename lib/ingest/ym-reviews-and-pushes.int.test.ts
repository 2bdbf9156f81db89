import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";
import { storeWebhookEvents } from "@/lib/ingest/store-webhook-events";
import { webhookDedupKey } from "@/lib/ingest/webhook-dedup-key";
import { connectorForAccount } from "@/lib/accounts/account-connector";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { disputeState } from "@/lib/inbox/dispute-state";
import { getChat } from "@/lib/inbox/get-chat";
import { listChats } from "@/lib/inbox/list-chats";
import { sendReply } from "@/lib/inbox/send-reply";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { startRouteServer } from "@/lib/test/route-server";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Yandex Market against the spec: "answered" comes from the shop's own comments (needReaction only says
// the review was opened), every review of the window is synced, a second reply edits the comment, and
// every push about comments, disputes and questions ends up in front of an operator (through the real route).

let db: TestDatabase;
let sim: Simulator;
let server: Awaited<ReturnType<typeof startRouteServer>>;
let fx: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let accountId: string;
const SECRET = "ym-fidelity-secret-1234567890";

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  server = await startRouteServer({
    routes: [
      {
        method: "POST",
        pattern: /^\/api\/webhooks\/yandex_market\/(?<secret>[^/]+)\/notification$/,
        handler: ymRoute.POST,
      },
    ],
  });
  fx = await createWorkspaceFixture({ name: "YM", chats: 0 });
  accountId = (
    await createSimAccount({ workspaceId: fx.workspace.id, sim, marketplace: "yandex_market", webhookSecret: SECRET })
  ).id;
  sim.control.setWebhookTarget({
    marketplace: "yandex_market",
    url: `${server.url}/api/webhooks/yandex_market/${SECRET}`,
  });
});
afterAll(async () => {
  await settleWebhookDrain();
  await server.close();
  await sim.close();
  await db.cleanup();
});

async function until<T>(fn: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
}

const reviewChat = (externalId: string) =>
  db.prisma.chat.findUnique({
    where: { accountId_kind_externalId: { accountId, kind: "REVIEW", externalId } },
    include: { messages: { orderBy: { createdAt: "asc" } } },
  });

describe("Yandex Market reviews", () => {
  it("imports a review opened in the cabinet but not answered, and opens a negative-review case for it", async () => {
    const feedback = sim.state.ym.feedbacks.find((f) => f.feedbackId === 902)!;
    expect(feedback).toMatchObject({ needReaction: false, comments: [], statistics: { rating: 2 } });
    expect(await syncReviews({ accountId, force: true })).toMatchObject({ status: "synced" });

    const chat = (await reviewChat("902"))!;
    expect(chat).toMatchObject({ rating: 2, marketplaceStatus: "NEED_REACTION" });
    expect(chat.awaitingReplySince).not.toBeNull();
    expect(chat.messages.map((m) => m.author)).toEqual(["BUYER"]);
    const kase = await db.prisma.negativeReviewCase.findFirst({ where: { accountId, reviewExternalId: "902" } });
    expect(kase).toMatchObject({ rating: 2, reviewChatId: chat.id });
  });

  it("stores a review with the shop's comment as answered, with the comment in its thread", async () => {
    const chat = (await reviewChat("903"))!;
    expect(chat).toMatchObject({ marketplaceStatus: "ANSWERED", awaitingReplySince: null });
    expect(chat.messages.map((m) => [m.author, m.externalId, m.text])).toEqual([
      ["BUYER", "review:903", expect.stringContaining("Хорошая ткань")],
      ["SELLER", "903001", "Спасибо за отзыв! Ускорили отправку со склада."],
    ]);
  });

  it("a second reply to a review edits the shop's comment (update with the comment's id)", async () => {
    const chat = (await reviewChat("902"))!;
    const send = (text: string) =>
      sendReply({
        workspaceId: fx.workspace.id,
        userId: fx.operator.id,
        chatId: chat.id,
        text,
        clientRequestId: crypto.randomUUID(),
      });
    sim.control.clearRequests();
    const first = await send("Нам жаль! Возьмите на размер больше.");
    const second = await send("Нам очень жаль! Оформите обмен на размер больше в разделе «Заказы».");
    expect([first.message.status, second.message.status]).toEqual(["SENT", "SENT"]);
    const commentId = (await db.prisma.message.findUniqueOrThrow({ where: { id: first.message.id } })).externalId;
    expect(commentId).toMatch(/^\d+$/);
    const updates = sim.control
      .requests()
      .filter((r) => r.path.endsWith("/goods-feedback/comments/update"))
      .map((r) => JSON.parse(r.body));
    expect(updates).toEqual([
      { feedbackId: 902, comment: { text: "Нам жаль! Возьмите на размер больше." } },
      {
        feedbackId: 902,
        comment: { id: Number(commentId), text: "Нам очень жаль! Оформите обмен на размер больше в разделе «Заказы»." },
      },
    ]);
    expect(sim.state.ym.feedbacks.find((f) => f.feedbackId === 902)!.comments.map((c) => c.text)).toEqual([
      "Нам очень жаль! Оформите обмен на размер больше в разделе «Заказы».",
    ]);

    // The edited comment announced by push (same id, new text) is the comment already stored, not a third message.
    const businessId = Number(sim.credentials.yandex_market.businessId);
    const pushed = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: SECRET },
      body: {
        notificationType: "GOODS_FEEDBACK_COMMENT_CREATED",
        commentId: Number(commentId),
        businessId,
        createdAt: new Date().toISOString(),
      },
    });
    expect(pushed.status).toBe(200);
    const event = await until(() =>
      db.prisma.webhookEvent.findFirst({
        where: {
          accountId,
          dedupKey: `review-comment:${commentId}`,
          OR: [{ processedAt: { not: null } }, { lastError: { not: null } }],
        },
      }),
    );
    expect(event).toMatchObject({ lastError: null });
    expect(await db.prisma.message.count({ where: { chatId: chat.id, author: "SELLER" } })).toBe(2);
  });
});

describe("Yandex Market pushes", () => {
  it("GOODS_FEEDBACK_COMMENT_CREATED: the buyer's comment under a review becomes a message of its thread, awaiting a reply", async () => {
    const { commentId } = sim.control.ym.addFeedbackComment({
      feedbackId: "903",
      text: "А в Казань тоже быстрее?",
      parentId: "903001",
    });
    const message = await until(() =>
      db.prisma.message.findFirst({ where: { externalId: commentId }, include: { chat: true } }),
    );
    expect(message).toMatchObject({
      author: "BUYER",
      text: "А в Казань тоже быстрее?",
      chat: { kind: "REVIEW", externalId: "903", accountId },
    });
    expect(message.chat.awaitingReplySince).not.toBeNull();
    expect(sim.state.webhookDeliveries.at(-1)!.status).toBe(200);
  });

  it("GOODS_FEEDBACK_COMMENT_CREATED on a review not stored yet reads the review first (kind REVIEW, not a chat)", async () => {
    const { feedbackId } = sim.control.addNegativeReview({
      marketplace: "yandex_market",
      rating: 1,
      text: "Пришло с браком",
    });
    await until(() => reviewChat(feedbackId)); // its GOODS_FEEDBACK_CREATED push
    // Its case opens right after the review is stored: wait for it, then forget both (a review never stored).
    await until(() => db.prisma.negativeReviewCase.findFirst({ where: { accountId, reviewExternalId: feedbackId } }));
    await db.prisma.negativeReviewCase.deleteMany({ where: { accountId, reviewExternalId: feedbackId } });
    await db.prisma.chat.deleteMany({ where: { accountId, externalId: feedbackId } });
    const { commentId } = sim.control.ym.addFeedbackComment({ feedbackId, text: "Жду ответа продавца" });
    const message = await until(() =>
      db.prisma.message.findFirst({
        where: { externalId: commentId },
        include: { chat: { include: { messages: true } } },
      }),
    );
    expect(message.chat).toMatchObject({ kind: "REVIEW", externalId: feedbackId, rating: 1 });
    expect(message.chat.messages.map((m) => m.author).sort()).toEqual(["BUYER", "BUYER"]);
    expect(await db.prisma.chat.count({ where: { accountId, kind: "CHAT", externalId: feedbackId } })).toBe(0);
  });

  it("CHAT_ARBITRAGE_STARTED / _FINISHED: a dispute flag on the chat, with its status read again", async () => {
    const { chatId } = sim.control.injectBuyerMessage({
      marketplace: "yandex_market",
      text: `Товар не тот ${Date.now()}`,
    });
    await until(() => db.prisma.chat.findFirst({ where: { accountId, kind: "CHAT", externalId: chatId } }));
    sim.control.ym.setArbitrage({ chatId, started: true });
    const open = await until(() =>
      db.prisma.chat.findFirst({
        where: { accountId, kind: "CHAT", externalId: chatId, disputeOpenedAt: { not: null } },
      }),
    );
    expect(open).toMatchObject({ marketplaceStatus: "WAITING_FOR_ARBITER", disputeClosedAt: null });
    // What the operator sees: the flag on the thread and on the list row.
    expect((await getChat({ workspaceId: fx.workspace.id, chatId: open.id })).dispute).toBe("open");
    const list = await listChats({
      workspaceId: fx.workspace.id,
      userId: fx.operator.id,
      query: chatListQuerySchema.parse({ view: "all", sort: "recent", limit: 100 }),
    });
    expect(list.chats.find((c) => c.id === open.id)?.dispute).toBe("open");
    sim.control.ym.setArbitrage({ chatId, started: false });
    const closed = await until(() =>
      db.prisma.chat.findFirst({
        where: { accountId, kind: "CHAT", externalId: chatId, disputeClosedAt: { not: null } },
      }),
    );
    expect(closed.disputeClosedAt!.getTime()).toBeGreaterThanOrEqual(closed.disputeOpenedAt!.getTime());
    expect(closed.marketplaceStatus).toBe("WAITING_FOR_CUSTOMER");
    expect((await getChat({ workspaceId: fx.workspace.id, chatId: closed.id })).dispute).toBe("finished");
  });

  it("dispute pushes out of order (FINISHED before STARTED) end with the dispute closed", async () => {
    const { chatId } = sim.control.injectBuyerMessage({ marketplace: "yandex_market", text: `Спор ${Date.now()}` });
    await until(() => db.prisma.chat.findFirst({ where: { accountId, kind: "CHAT", externalId: chatId } }));
    const post = (body: object) => callRoute(ymRoute.POST, { method: "POST", params: { secret: SECRET }, body });
    const base = { chatId: Number(chatId), businessId: Number(sim.credentials.yandex_market.businessId) };
    expect(
      (await post({ notificationType: "CHAT_ARBITRAGE_FINISHED", ...base, finishedAt: "2026-01-02T10:00:00Z" })).status,
    ).toBe(200);
    await until(() =>
      db.prisma.chat.findFirst({ where: { accountId, externalId: chatId, disputeClosedAt: { not: null } } }),
    );
    expect(
      (await post({ notificationType: "CHAT_ARBITRAGE_STARTED", ...base, startedAt: "2026-01-01T10:00:00Z" })).status,
    ).toBe(200);
    const chat = await until(() =>
      db.prisma.chat.findFirst({ where: { accountId, externalId: chatId, disputeOpenedAt: { not: null } } }),
    );
    expect(disputeState(chat)).toBe("finished");
  });

  it("GOODS_FEEDBACK_CREATED reads the review by id, even one created before the review window (moderation)", async () => {
    await db.prisma.marketplaceAccount.update({ where: { id: accountId }, data: { lastReviewSyncAt: new Date() } });
    const createdAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const feedbackId = 990_001;
    sim.state.ym.feedbacks.push({
      feedbackId,
      createdAt,
      needReaction: true,
      identifiers: { orderId: 5_990_001, offerId: "SKU-990" },
      author: "Олег",
      description: { comment: "Долго модерировали мой отзыв" },
      statistics: { rating: 3, commentsCount: 0, recommended: false },
      comments: [],
    });
    const businessId = Number(sim.credentials.yandex_market.businessId);
    const res = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: SECRET },
      body: {
        notificationType: "GOODS_FEEDBACK_CREATED",
        feedbackId,
        businessId,
        createdAt,
        publishedAt: new Date().toISOString(),
      },
    });
    expect(res.status).toBe(200);
    // The review's rating commits with its conversation: the first row seen has it.
    const chat = await until(() => reviewChat(String(feedbackId)));
    expect(chat).toMatchObject({ rating: 3, marketplaceStatus: "NEED_REACTION" });
    // The case is opened right after the review is stored, not in the same transaction: wait for it.
    const nrCase = await until(() =>
      db.prisma.negativeReviewCase.findFirst({ where: { accountId, reviewExternalId: String(feedbackId) } }),
    );
    expect(nrCase).toMatchObject({ rating: 3, reviewChatId: chat.id });
    expect(
      await db.prisma.negativeReviewCase.count({ where: { accountId, reviewExternalId: String(feedbackId) } }),
    ).toBe(1);
  });

  it("QUESTION_CREATED / _ANSWER_CREATED / _COMMENT_CREATED: question conversations in the inbox", async () => {
    const { questionId } = sim.control.ym.pushQuestionEvent({ type: "QUESTION_CREATED" });
    const question = await until(() =>
      db.prisma.chat.findFirst({
        where: { accountId, kind: "QUESTION", externalId: `question-${questionId}` },
        include: { messages: true },
      }),
    );
    expect(question.messages).toMatchObject([{ author: "BUYER", text: expect.stringContaining(`№ ${questionId}`) }]);
    expect(question.awaitingReplySince).not.toBeNull();

    const { answerId } = sim.control.ym.pushQuestionEvent({ type: "QUESTION_ANSWER_CREATED" });
    const { commentId } = sim.control.ym.pushQuestionEvent({ type: "QUESTION_COMMENT_CREATED", answerId: answerId! });
    const thread = await until(async () => {
      const chat = await db.prisma.chat.findFirst({
        where: { accountId, kind: "QUESTION", externalId: `answer-${answerId}` },
        include: { messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      });
      return chat?.messages.length === 2 ? chat : null;
    });
    expect(thread.messages.map((m) => [m.author, m.externalId])).toEqual([
      ["MARKETPLACE", `answer:${answerId}`],
      ["BUYER", `comment:${commentId}`],
    ]);
  });
  it("pushes stored in one statement are handled in the order they arrived: an answer before the comment under it", async () => {
    // Same second, same statement: only the arrival order says the answer came first.
    const account = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: accountId } });
    const connector = connectorForAccount({ account });
    const businessId = Number(sim.credentials.yandex_market.businessId);
    const createdAt = "2026-03-01T10:00:00Z";
    const bodies = Array.from({ length: 8 }, (_, i) => [
      { notificationType: "QUESTION_ANSWER_CREATED", answerId: 77_000 + i, businessId, createdAt },
      {
        notificationType: "QUESTION_COMMENT_CREATED",
        answerId: 77_000 + i,
        commentId: 88_000 + i,
        businessId,
        createdAt,
      },
    ]).flat();
    const rows = [];
    for (const b of bodies) {
      const body = JSON.stringify(b);
      const [event] = (await connector.handleWebhook({ body })).events;
      rows.push({ accountId, dedupKey: webhookDedupKey(event!)!, eventType: event!.type, body });
    }
    expect(await storeWebhookEvents({ rows })).toHaveLength(16);
    await settleWebhookDrain();
    await processWebhookEvents({ limit: 50 });
    for (let i = 0; i < 8; i++) {
      const chat = await db.prisma.chat.findFirstOrThrow({
        where: { accountId, kind: "QUESTION", externalId: `answer-${77_000 + i}` },
        include: { messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      });
      expect(chat.messages.map((m) => m.externalId)).toEqual([`answer:${77_000 + i}`, `comment:${88_000 + i}`]);
    }
  });
});
