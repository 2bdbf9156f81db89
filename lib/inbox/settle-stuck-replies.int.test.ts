import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { connectorForAccount } from "@/lib/accounts/account-connector";
import { retryReply } from "@/lib/inbox/retry-reply";
import { MAY_HAVE_BEEN_SENT, STUCK_REPLY_AFTER_MS, settleStuckReplies } from "@/lib/inbox/settle-stuck-replies";
import { sendFailureText } from "@/lib/inbox/send-failure-text";
import { createSimAccount, createSimChat } from "@/lib/inbox/testing/sim-chat";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Replies a crash or shutdown interrupted (stored PENDING, then the process died) are settled by the
// minute sweep, asking the simulator's chat history where the marketplace has one.

let db: TestDatabase;
let sim: Simulator;
let workspaceId: string;
let ozon: Awaited<ReturnType<typeof createSimAccount>>;
let wb: Awaited<ReturnType<typeof createSimAccount>>;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  workspaceId = (await createWorkspaceFixture({ name: "Alpha", chats: 0 })).workspace.id;
  ozon = await createSimAccount({ sim, workspaceId, marketplace: "ozon" });
  wb = await createSimAccount({ sim, workspaceId, marketplace: "wildberries" });
});
afterAll(async () => {
  await sim?.close();
  await db?.cleanup();
});
beforeEach(() => sim.control.clearFaults());

const later = (ms = STUCK_REPLY_AFTER_MS + 60_000) => new Date(Date.now() + ms);

/** What sendReply leaves behind when the process dies during the marketplace call. */
function interruptedReply({
  chatId,
  text,
  sendingSince = new Date(),
  createdAt,
}: {
  chatId: string;
  text: string;
  sendingSince?: Date | null;
  createdAt?: Date;
}) {
  return db.prisma.message.create({
    data: {
      chatId,
      author: "SELLER",
      text,
      status: "PENDING",
      sendingSince,
      clientRequestId: crypto.randomUUID(),
      ...(createdAt ? { createdAt } : {}),
    },
  });
}

/** A follow-up whose send was the interrupted reply `replyId`. */
const failedFollowUp = ({ chatId, text, replyId }: { chatId: string; text: string; replyId: string }) =>
  db.prisma.scheduledMessage.create({
    data: {
      workspaceId,
      chatId,
      text,
      sendAt: new Date(),
      status: "FAILED",
      sentMessageId: replyId,
      error: "Отправка прервана",
    },
  });

const read = (id: string) =>
  db.prisma.message.findUniqueOrThrow({
    where: { id },
    select: { status: true, error: true, externalId: true, sendingSince: true },
  });

describe("settleStuckReplies", () => {
  it("marks SENT a reply the marketplace did receive (found in the chat's history), and the chat answered", async () => {
    const chat = await createSimChat({ sim, account: ozon });
    const text = "Добрый день! Заказ передан в доставку.";
    const reply = await interruptedReply({ chatId: chat.id, text });
    // The marketplace accepted it; the process died before recording that.
    await connectorForAccount({ account: ozon }).sendMessage({
      chat: { externalId: chat.externalId, replyToken: null },
      text,
      files: [],
    });

    expect(await settleStuckReplies({ now: later() })).toEqual({ sent: 1 });
    expect(await read(reply.id)).toMatchObject({
      status: "SENT",
      error: null,
      externalId: expect.any(String),
      sendingSince: null,
    });
    expect(await db.prisma.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      awaitingReplySince: null,
      lastMessagePreview: text,
    });
    expect(sim.control.sentMessages({ marketplace: "ozon" }).filter((s) => s.chatId === chat.externalId)).toHaveLength(
      1,
    );
  });

  it("fails a reply the marketplace does not show with 'may have been sent', and Retry sends it once", async () => {
    const chat = await createSimChat({ sim, account: ozon });
    const reply = await interruptedReply({ chatId: chat.id, text: "Здравствуйте! Отправим сегодня." });

    expect(await settleStuckReplies({ now: later() })).toEqual({ failed: 1 });
    expect(await read(reply.id)).toMatchObject({ status: "FAILED", error: MAY_HAVE_BEEN_SENT });
    expect(sendFailureText({ code: MAY_HAVE_BEEN_SENT }, "ru")).toMatch(
      /^Возможно, отправлено — проверьте в кабинете маркетплейса/,
    );

    const retried = await retryReply({ workspaceId, chatId: chat.id, messageId: reply.id });
    expect(retried.status).toBe("SENT");
    expect(
      sim.control
        .sentMessages({ marketplace: "ozon" })
        .filter((s) => s.chatId === chat.externalId)
        .map((s) => s.text),
    ).toEqual(["Здравствуйте! Отправим сегодня."]);
  });

  it("fails it when the marketplace has no chat history to ask (Wildberries) or does not answer", async () => {
    const wbChat = await createSimChat({ sim, account: wb });
    const noHistory = await interruptedReply({ chatId: wbChat.id, text: "Добрый день!" });
    const ozonChat = await createSimChat({ sim, account: ozon });
    const down = await interruptedReply({ chatId: ozonChat.id, text: "Добрый вечер!" });
    sim.control.addFault({ prefix: "/ozon", path: "/chat/history", status: 503, times: 10 });

    expect(await settleStuckReplies({ now: later() })).toEqual({ failed: 2 });
    expect((await read(noHistory.id)).error).toBe(MAY_HAVE_BEEN_SENT);
    expect((await read(down.id)).error).toBe(MAY_HAVE_BEEN_SENT);
  });

  it("leaves a send that is still under way alone, and settles one from before sendingSince existed", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const running = await interruptedReply({ chatId: chat.id, text: "Сейчас уточним." });
    const legacy = await interruptedReply({
      chatId: chat.id,
      text: "Старый ответ",
      sendingSince: null,
      createdAt: new Date(Date.now() - 2 * STUCK_REPLY_AFTER_MS),
    });

    expect(await settleStuckReplies({ now: later(60_000) })).toEqual({ failed: 1 });
    expect((await read(running.id)).status).toBe("PENDING");
    expect((await read(legacy.id)).status).toBe("FAILED");
    await db.prisma.message.delete({ where: { id: running.id } }); // not part of the next test
  });

  it("does not take the same words sent earlier for this reply, and settles the follow-up it belongs to", async () => {
    const chat = await createSimChat({ sim, account: ozon });
    const text = "Спасибо за заказ! Будем рады отзыву.";
    const connector = connectorForAccount({ account: ozon });
    // An earlier reply with the same words, delivered and recorded.
    const earlier = await connector.sendMessage({
      chat: { externalId: chat.externalId, replyToken: null },
      text,
      files: [],
    });
    const history = await connector.listMessages({ chat: { externalId: chat.externalId, replyToken: null } });
    const earlierId = earlier.externalId ?? history.items.find((m) => m.author === "seller")!.externalId;
    await db.prisma.message.create({
      data: { chatId: chat.id, author: "SELLER", text, status: "SENT", externalId: earlierId },
    });
    const reply = await interruptedReply({ chatId: chat.id, text });
    const followUp = await failedFollowUp({ chatId: chat.id, text, replyId: reply.id });

    expect(await settleStuckReplies({ now: later() })).toEqual({ failed: 1 });
    expect((await read(reply.id)).error).toBe(MAY_HAVE_BEEN_SENT);

    // Retried: it goes out, and the follow-up says so too.
    expect((await retryReply({ workspaceId, chatId: chat.id, messageId: reply.id })).status).toBe("SENT");
    expect(await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      status: "SENT",
      error: null,
    });
  });

  it("settles the follow-up of a reply found delivered", async () => {
    const chat = await createSimChat({ sim, account: ozon });
    const text = "Напоминаем: заказ ждёт вас в пункте выдачи.";
    const reply = await interruptedReply({ chatId: chat.id, text });
    await connectorForAccount({ account: ozon }).sendMessage({
      chat: { externalId: chat.externalId, replyToken: null },
      text,
      files: [],
    });
    const followUp = await failedFollowUp({ chatId: chat.id, text, replyId: reply.id });

    expect(await settleStuckReplies({ now: later() })).toEqual({ sent: 1 });
    expect(await db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({
      status: "SENT",
      error: null,
    });
  });
});
