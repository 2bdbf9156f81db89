import { describe, expect, it } from "vitest";
import { wbTestSimulator } from "@/lib/marketplaces/wildberries/test-simulator";

const t = wbTestSimulator();

describe("wildberries connector over HTTP", () => {
  it("reads events, builds chats with replySign, replies with the bare token header", async () => {
    const wb = t.connector();
    const start = await t.drain(wb, null);
    const { chatId } = t.sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      text: "Где мой заказ?",
      customerName: "Алёна",
      withFile: true,
    });
    const batch = await wb.fetchUpdates({ cursor: start.cursor });
    const chat = batch.chats.find((c) => c.externalId === chatId)!;
    expect(chat).toMatchObject({ customerName: "Алёна", replyToken: expect.stringContaining(chatId) });
    const message = batch.messages.find((m) => m.chatExternalId === chatId)!;
    expect(message).toMatchObject({ author: "buyer", text: "Где мой заказ?" });
    expect(message.attachments[0]).toMatchObject({ fileName: "Чек.pdf", mimeType: "application/pdf" });

    const sent = await wb.sendMessage({
      chat,
      text: "Здравствуйте! Заказ уже в пути.",
      files: [{ fileName: "photo.png", mimeType: "image/png", bytes: new Uint8Array([137, 80, 78, 71]) }],
    });
    expect(sent.chatExternalId).toBe(chatId);
    const record = t.sim.control.sentMessages({ marketplace: "wildberries" }).at(-1)!;
    expect(record).toMatchObject({
      chatId,
      text: "Здравствуйте! Заказ уже в пути.",
      files: [{ name: "photo.png", type: "image/png", size: 4 }],
    });
    const authHeaders = t.sim.control.requests().map((r) => r.headers.authorization);
    expect(new Set(authHeaders)).toEqual(new Set([t.sim.credentials.wildberries.token]));

    const dl = await wb.downloadAttachment({ attachment: message.attachments[0]! });
    expect(dl).toMatchObject({ status: "ready", mimeType: "application/pdf" });
  });

  it("follows the `next` cursor page by page until totalEvents is 0", async () => {
    const wb = t.connector();
    const { cursor } = await t.drain(wb, null);
    t.sim.state.wbChat.pageSize = 2;
    try {
      const ids = Array.from(
        { length: 5 },
        (_, i) => t.sim.control.injectBuyerMessage({ marketplace: "wildberries", text: `сообщение ${i}` }).messageId,
      );
      const first = await wb.fetchUpdates({ cursor });
      expect(first.messages).toHaveLength(2);
      expect(first.hasMore).toBe(true);
      const rest = await t.drain(wb, first.cursor);
      expect([...first.messages, ...rest.messages].map((m) => m.externalId)).toEqual(ids);
      const idle = await wb.fetchUpdates({ cursor: rest.cursor });
      expect(idle).toMatchObject({ messages: [], hasMore: false, cursor: rest.cursor });
    } finally {
      t.sim.state.wbChat.pageSize = 50;
    }
  });

  it("gets replySign from GET /seller/chats when the batch has no isNewChat event, even if the list is otherwise empty", async () => {
    const wb = t.connector();
    const { chatId } = t.sim.control.injectBuyerMessage({ marketplace: "wildberries" });
    const { cursor } = await t.drain(wb, null);
    t.sim.control.injectBuyerMessage({ marketplace: "wildberries", chatId, text: "ещё вопрос" });
    const batch = await wb.fetchUpdates({ cursor });
    expect(batch.chats[0]!.replyToken).toBe(t.sim.state.wbChat.chats.get(chatId)!.replySign);

    t.sim.state.wbChat.hideChatList = true;
    try {
      expect((await wb.listChats({})).items).toEqual([]);
      const fresh = t.sim.control.injectBuyerMessage({ marketplace: "wildberries" });
      const next = await wb.fetchUpdates({ cursor: batch.cursor });
      const chat = next.chats.find((c) => c.externalId === fresh.chatId)!;
      await expect(wb.sendMessage({ chat, text: "Ответ" })).resolves.toMatchObject({ chatExternalId: fresh.chatId });
    } finally {
      t.sim.state.wbChat.hideChatList = false;
    }
  });

  it("lists unanswered feedbacks and questions and answers them (204 / 200)", async () => {
    const wb = t.connector();
    const reviews = await wb.listReviews({ kind: "review", unansweredOnly: true });
    expect(reviews.items.length).toBeGreaterThanOrEqual(2);
    expect(reviews.nextPageToken).toBeNull();
    const all = await wb.listReviews({ kind: "review", unansweredOnly: false });
    expect(all.nextPageToken).toBe("a:0"); // then the answered ones
    const answered = await wb.listReviews({ kind: "review", unansweredOnly: false, pageToken: all.nextPageToken });
    expect(answered.items.map((r) => r.answerText)).toContain("Спасибо за отзыв!");
    expect(answered.nextPageToken).toBeNull();
    expect(reviews.items.every((r) => !r.answered && r.kind === "review")).toBe(true);
    const target = reviews.items[0]!;
    await wb.answerReview({ review: target, text: "Спасибо за отзыв!" });
    const after = await wb.listReviews({ kind: "review", unansweredOnly: true });
    expect(after.items.map((r) => r.externalId)).not.toContain(target.externalId);

    const questions = await wb.listReviews({ kind: "question", unansweredOnly: true });
    const q = questions.items[0]!;
    await wb.answerReview({ review: q, text: "Рост модели 180 см" });
    expect(t.sim.state.wbFeedbacks.questions.find((x) => x.id === q.externalId)!.answer?.text).toBe(
      "Рост модели 180 см",
    );
    await expect(
      wb.answerReview({ review: { externalId: "nope", kind: "question" }, text: "x" }),
    ).rejects.toMatchObject({ reason: "Вопрос не найден" });
  });

  it("an event the simulator sends without an eventID is kept aside; the message after it is read and the cursor moves on", async () => {
    const wb = t.connector();
    const start = await t.drain(wb, null);
    const { chatId } = t.sim.control.injectBuyerMessage({ marketplace: "wildberries", text: "до" });
    t.sim.control.addOddRecord();
    t.sim.control.injectBuyerMessage({ marketplace: "wildberries", chatId, text: "после" });
    const batch = await wb.fetchUpdates({ cursor: start.cursor });
    expect(batch.messages.map((m) => m.text)).toEqual(["до", "после"]);
    expect(batch.skipped).toEqual([expect.objectContaining({ kind: "wildberries.event", reason: "eventID: missing" })]);
    expect(Number(batch.cursor)).toBeGreaterThan(Number(start.cursor));
  });

  it("reads reviews left unanswered for 30 days from the archive only", async () => {
    const wb = t.connector();
    const current = await wb.listReviews({ kind: "review", unansweredOnly: true });
    const archived = await wb.listReviews({ kind: "review", unansweredOnly: true, archive: true });
    expect(archived.items.length).toBeGreaterThanOrEqual(1);
    expect(archived.items.every((r) => !r.answered)).toBe(true);
    const ids = new Set(current.items.map((r) => r.externalId));
    expect(archived.items.some((r) => ids.has(r.externalId))).toBe(false);
  });

  it("rate limiter spaces requests per account at the configured bucket", async () => {
    const wb = t.connector({ http: { rateLimits: { chat: { burst: 2, intervalMs: 100 } } } });
    const startedAt = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => wb.listChats({})));
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250);
  });

  it("testConnection makes a real call and reports success", async () => {
    await expect(t.connector().testConnection()).resolves.toEqual({
      ok: true,
      accountLabel: null,
      warnings: [],
      identity: expect.stringMatching(/^(seller:|token-sha256:)/),
    });
    expect(t.sim.control.requests().some((r) => r.path === "/wb-chat/ping")).toBe(true);
  });

  it("testConnection warns, as a code with the marketplace's words, when the token has no reviews-and-questions access", async () => {
    t.sim.control.addFault({
      prefix: "/wb-feedbacks",
      path: "/api/v1/questions",
      status: 401,
      message: "token scope not allowed",
    });
    const check = await t.connector().testConnection();
    expect(check.warnings).toEqual([{ code: "no_feedback_access", params: { detail: expect.any(String) } }]);
    expect(JSON.stringify(check.warnings)).not.toMatch(/[а-яё]/i);
  });
});
