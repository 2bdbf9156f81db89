import { describe, expect, it } from "vitest";
import * as chatsRoute from "@/app/api/chats/route";
import * as messagesRoute from "@/app/api/chats/[id]/messages/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";
import { storeWebhookEvents } from "@/lib/ingest/store-webhook-events";
import { webhookDedupKey } from "@/lib/ingest/webhook-dedup-key";
import { connectorForAccount } from "@/lib/accounts/account-connector";
import { chatListQuerySchema } from "@/lib/inbox/chat-list-query";
import { disputeState } from "@/lib/inbox/dispute-state";
import { getChat } from "@/lib/inbox/get-chat";
import { listChats } from "@/lib/inbox/list-chats";
import { callRoute } from "@/lib/test/call-route";
import { until } from "@/lib/test/until";
import { YM_WEBHOOK_SECRET as SECRET, ymWebhookWorldPerFile } from "@/lib/test/ym-webhook-world";

const w = ymWebhookWorldPerFile();

describe("Yandex Market pushes", () => {
  it("GOODS_FEEDBACK_COMMENT_CREATED: the buyer's comment under a review becomes a message of its thread, awaiting a reply", async () => {
    const { commentId } = w.sim.control.ym.addFeedbackComment({
      feedbackId: "903",
      text: "А в Казань тоже быстрее?",
      parentId: "903001",
    });
    const message = await until(() =>
      w.db.prisma.message.findFirst({ where: { externalId: commentId }, include: { chat: true } }),
    );
    expect(message).toMatchObject({
      author: "BUYER",
      text: "А в Казань тоже быстрее?",
      chat: { kind: "REVIEW", externalId: "903", accountId: w.accountId },
    });
    expect(message.chat.awaitingReplySince).not.toBeNull();
    expect(w.sim.state.webhookDeliveries.at(-1)!.status).toBe(200);
  });

  it("GOODS_FEEDBACK_COMMENT_CREATED on a review not stored yet reads the review first (kind REVIEW, not a chat)", async () => {
    const { feedbackId } = w.sim.control.addNegativeReview({
      marketplace: "yandex_market",
      rating: 1,
      text: "Пришло с браком",
    });
    await until(() => w.reviewChat(feedbackId)); // its GOODS_FEEDBACK_CREATED push
    // Its case opens right after the review is stored: wait for it, then forget both (a review never stored).
    await until(() =>
      w.db.prisma.negativeReviewCase.findFirst({ where: { accountId: w.accountId, reviewExternalId: feedbackId } }),
    );
    await w.db.prisma.negativeReviewCase.deleteMany({
      where: { accountId: w.accountId, reviewExternalId: feedbackId },
    });
    await w.db.prisma.chat.deleteMany({ where: { accountId: w.accountId, externalId: feedbackId } });
    const { commentId } = w.sim.control.ym.addFeedbackComment({ feedbackId, text: "Жду ответа продавца" });
    const message = await until(() =>
      w.db.prisma.message.findFirst({
        where: { externalId: commentId },
        include: { chat: { include: { messages: true } } },
      }),
    );
    expect(message.chat).toMatchObject({ kind: "REVIEW", externalId: feedbackId, rating: 1 });
    expect(message.chat.messages.map((m) => m.author).sort()).toEqual(["BUYER", "BUYER"]);
    expect(
      await w.db.prisma.chat.count({ where: { accountId: w.accountId, kind: "CHAT", externalId: feedbackId } }),
    ).toBe(0);
  });

  it("CHAT_ARBITRAGE_STARTED / _FINISHED: a dispute flag on the chat, with its status read again", async () => {
    const { chatId } = w.sim.control.injectBuyerMessage({
      marketplace: "yandex_market",
      text: `Товар не тот ${Date.now()}`,
    });
    await until(() =>
      w.db.prisma.chat.findFirst({ where: { accountId: w.accountId, kind: "CHAT", externalId: chatId } }),
    );
    w.sim.control.ym.setArbitrage({ chatId, started: true });
    const open = await until(() =>
      w.db.prisma.chat.findFirst({
        where: { accountId: w.accountId, kind: "CHAT", externalId: chatId, disputeOpenedAt: { not: null } },
      }),
    );
    expect(open).toMatchObject({ marketplaceStatus: "WAITING_FOR_ARBITER", disputeClosedAt: null });
    // What the operator sees: the flag on the thread and on the list row.
    expect((await getChat({ workspaceId: w.fx.workspace.id, chatId: open.id })).dispute).toBe("open");
    const list = await listChats({
      workspaceId: w.fx.workspace.id,
      userId: w.fx.operator.id,
      query: chatListQuerySchema.parse({ view: "all", sort: "recent", limit: 100 }),
    });
    expect(list.chats.find((c) => c.id === open.id)?.dispute).toBe("open");
    w.sim.control.ym.setArbitrage({ chatId, started: false });
    const closed = await until(() =>
      w.db.prisma.chat.findFirst({
        where: { accountId: w.accountId, kind: "CHAT", externalId: chatId, disputeClosedAt: { not: null } },
      }),
    );
    expect(closed.disputeClosedAt!.getTime()).toBeGreaterThanOrEqual(closed.disputeOpenedAt!.getTime());
    expect(closed.marketplaceStatus).toBe("WAITING_FOR_CUSTOMER");
    expect((await getChat({ workspaceId: w.fx.workspace.id, chatId: closed.id })).dispute).toBe("finished");
  });

  it("dispute pushes out of order (FINISHED before STARTED) end with the dispute closed", async () => {
    const { chatId } = w.sim.control.injectBuyerMessage({ marketplace: "yandex_market", text: `Спор ${Date.now()}` });
    await until(() =>
      w.db.prisma.chat.findFirst({ where: { accountId: w.accountId, kind: "CHAT", externalId: chatId } }),
    );
    const post = (body: object) => callRoute(ymRoute.POST, { method: "POST", params: { secret: SECRET }, body });
    const base = { chatId: Number(chatId), businessId: Number(w.sim.credentials.yandex_market.businessId) };
    expect(
      (await post({ notificationType: "CHAT_ARBITRAGE_FINISHED", ...base, finishedAt: "2026-01-02T10:00:00Z" })).status,
    ).toBe(200);
    await until(() =>
      w.db.prisma.chat.findFirst({
        where: { accountId: w.accountId, externalId: chatId, disputeClosedAt: { not: null } },
      }),
    );
    expect(
      (await post({ notificationType: "CHAT_ARBITRAGE_STARTED", ...base, startedAt: "2026-01-01T10:00:00Z" })).status,
    ).toBe(200);
    const chat = await until(() =>
      w.db.prisma.chat.findFirst({
        where: { accountId: w.accountId, externalId: chatId, disputeOpenedAt: { not: null } },
      }),
    );
    expect(disputeState(chat)).toBe("finished");
  });

  it("GOODS_FEEDBACK_CREATED reads the review by id, even one created before the review window (moderation)", async () => {
    await w.db.prisma.marketplaceAccount.update({ where: { id: w.accountId }, data: { lastReviewSyncAt: new Date() } });
    const createdAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    const feedbackId = 990_001;
    w.sim.state.ym.feedbacks.push({
      feedbackId,
      createdAt,
      needReaction: true,
      identifiers: { orderId: 5_990_001, offerId: "SKU-990" },
      author: "Олег",
      description: { comment: "Долго модерировали мой отзыв" },
      statistics: { rating: 3, commentsCount: 0, recommended: false },
      comments: [],
    });
    const businessId = Number(w.sim.credentials.yandex_market.businessId);
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
    const chat = await until(() => w.reviewChat(String(feedbackId)));
    expect(chat).toMatchObject({ rating: 3, marketplaceStatus: "NEED_REACTION" });
    // The case is opened right after the review is stored, not in the same transaction: wait for it.
    const nrCase = await until(() =>
      w.db.prisma.negativeReviewCase.findFirst({
        where: { accountId: w.accountId, reviewExternalId: String(feedbackId) },
      }),
    );
    expect(nrCase).toMatchObject({ rating: 3, reviewChatId: chat.id });
    expect(
      await w.db.prisma.negativeReviewCase.count({
        where: { accountId: w.accountId, reviewExternalId: String(feedbackId) },
      }),
    ).toBe(1);
  });

  it("QUESTION_CREATED / _ANSWER_CREATED / _COMMENT_CREATED: question conversations in the inbox", async () => {
    const { questionId } = w.sim.control.ym.pushQuestionEvent({ type: "QUESTION_CREATED" });
    const question = await until(() =>
      w.db.prisma.chat.findFirst({
        where: { accountId: w.accountId, kind: "QUESTION", externalId: `question-${questionId}` },
        include: { messages: true },
      }),
    );
    // Stored as a notice with the question's number, worded in the reader's language by the thread and the list.
    expect(question.messages).toMatchObject([
      { author: "BUYER", text: "", notice: { code: "question", params: { questionId: String(questionId) } } },
    ]);
    expect(question.awaitingReplySince).not.toBeNull();
    const english = { userId: w.fx.owner.id, headers: { cookie: "locale=en" } };
    const shown = await callRoute(messagesRoute.GET, { ...english, params: { id: question.id } });
    expect(shown.json.messages[0].text).toBe(
      `The buyer asked a question about a product (question no. ${questionId}). The Market does not send the question's text in the notification: read and answer it in the seller account, under “Questions about products”.`,
    );
    const listed = await callRoute(chatsRoute.GET, { ...english, url: "http://localhost/api/chats?kind=QUESTION" });
    const row = (listed.json.chats as { id: string; lastMessagePreview: string }[]).find((c) => c.id === question.id);
    expect(row?.lastMessagePreview).toMatch(/^The buyer asked a question about a product/);
    expect(row).not.toHaveProperty("lastMessageNotice");
    const russian = await callRoute(messagesRoute.GET, { userId: w.fx.owner.id, params: { id: question.id } });
    expect(russian.json.messages[0].text).toContain(`Покупатель задал вопрос о товаре (вопрос № ${questionId})`);

    const { answerId } = w.sim.control.ym.pushQuestionEvent({ type: "QUESTION_ANSWER_CREATED" });
    const { commentId } = w.sim.control.ym.pushQuestionEvent({ type: "QUESTION_COMMENT_CREATED", answerId: answerId! });
    const thread = await until(async () => {
      const chat = await w.db.prisma.chat.findFirst({
        where: { accountId: w.accountId, kind: "QUESTION", externalId: `answer-${answerId}` },
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
    const account = await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: w.accountId } });
    const connector = connectorForAccount({ account });
    const businessId = Number(w.sim.credentials.yandex_market.businessId);
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
      rows.push({ accountId: w.accountId, dedupKey: webhookDedupKey(event!)!, eventType: event!.type, body });
    }
    expect(await storeWebhookEvents({ rows })).toHaveLength(16);
    await settleWebhookDrain();
    await processWebhookEvents({ limit: 50 });
    for (let i = 0; i < 8; i++) {
      const chat = await w.db.prisma.chat.findFirstOrThrow({
        where: { accountId: w.accountId, kind: "QUESTION", externalId: `answer-${77_000 + i}` },
        include: { messages: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
      });
      expect(chat.messages.map((m) => m.externalId)).toEqual([`answer:${77_000 + i}`, `comment:${88_000 + i}`]);
    }
  });
});
