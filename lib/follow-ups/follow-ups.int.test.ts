import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { withDomainEvents } from "@/lib/events/bus";
import { cancelFollowUps } from "@/lib/follow-ups/cancel-follow-ups";
import { draftFollowUp } from "@/lib/follow-ups/draft-follow-up";
import { getProactiveOptions } from "@/lib/follow-ups/get-proactive-options";
import { listChatScheduledMessages } from "@/lib/follow-ups/list-chat-scheduled-messages";
import { scheduleMessage } from "@/lib/follow-ups/schedule-message";
import { setFollowUpOptOut } from "@/lib/follow-ups/set-follow-up-opt-out";
import { sweepScheduledMessages } from "@/lib/follow-ups/sweep-scheduled-messages";
import { updateFollowUpRules } from "@/lib/follow-ups/update-follow-up-rules";
import { saveProductSetting } from "@/lib/follow-ups/save-product-setting";
import { retryReply } from "@/lib/inbox/retry-reply";
import { updateChat } from "@/lib/inbox/update-chat";
import { syncAccount } from "@/lib/ingest/sync-account";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { chatWithIdOnly } from "@/lib/marketplaces/schemas";
import { createSimAccount, createSimChat } from "@/lib/inbox/testing/sim-chat";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Follow-ups end to end against the marketplace simulator on a real database: scheduled, swept when
// due and delivered through the reply send service; cancelled by a buyer message that ingestion
// stores; refused where the marketplace does not let the seller write first.

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let wb: Awaited<ReturnType<typeof createSimAccount>>;
let ym: Awaited<ReturnType<typeof createSimAccount>>;
let amazon: Awaited<ReturnType<typeof createSimAccount>>;

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY + 60_000);

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
  wb = await createSimAccount({ sim, workspaceId: a.workspace.id, marketplace: "wildberries" });
  ym = await createSimAccount({ sim, workspaceId: a.workspace.id, marketplace: "yandex_market" });
  amazon = await createSimAccount({ sim, workspaceId: a.workspace.id, marketplace: "amazon" });
});
afterAll(async () => {
  await sim?.close();
  await db?.cleanup();
});
beforeEach(() => sim.control.clearFaults());

const schedule = (
  chatId: string,
  text: string,
  extra: { inDays?: number; amazonMessageType?: "unexpectedProblem" } = {},
) =>
  scheduleMessage({
    workspaceId: a.workspace.id,
    userId: a.operator.id,
    chatId,
    input: { text, inDays: extra.inDays ?? 3, amazonMessageType: extra.amazonMessageType },
  });
const sentTo = (marketplace: "wildberries" | "yandex_market" | "amazon", chatId: string) =>
  sim.control
    .sentMessages({ marketplace })
    .filter((s) => s.chatId === chatId)
    .map((s) => s.text);
const row = (id: string) => db.prisma.scheduledMessage.findUniqueOrThrow({ where: { id } });
// The row as the thread shows it in `locale`.
const shown = async (chatId: string, id: string, locale: "ru" | "en") =>
  (await listChatScheduledMessages({ workspaceId: a.workspace.id, chatId, locale })).messages.find((m) => m.id === id)!;

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("follow-ups against the simulator", () => {
  it("a follow-up in a Wildberries chat is sent when due: it arrives at the marketplace and in the thread", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const scheduled = await schedule(chat.id, "Здравствуйте! Всё ли в порядке с заказом?");
    expect(scheduled).toMatchObject({ status: "SCHEDULED", source: "MANUAL" });

    expect(await sweepScheduledMessages({ now: new Date() })).toMatchObject({ due: 0 });
    expect(sentTo("wildberries", chat.externalId)).toEqual([]);

    const sweep = await sweepScheduledMessages({ now: later(3) });
    expect(sweep.outcomes).toEqual({ sent: 1 });
    expect(sentTo("wildberries", chat.externalId)).toEqual(["Здравствуйте! Всё ли в порядке с заказом?"]);
    const sent = await row(scheduled.id);
    expect(sent).toMatchObject({ status: "SENT", error: null });
    const message = await db.prisma.message.findUniqueOrThrow({ where: { id: sent.sentMessageId! } });
    expect(message).toMatchObject({
      author: "SELLER",
      status: "SENT",
      senderUserId: a.operator.id,
      text: "Здравствуйте! Всё ли в порядке с заказом?",
    });

    // A second sweep finds nothing: sent exactly once.
    expect(await sweepScheduledMessages({ now: later(4) })).toMatchObject({ due: 0 });
    expect(sentTo("wildberries", chat.externalId)).toHaveLength(1);
  });

  it("a buyer message ingested from the simulator cancels the follow-up, which is never sent", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const scheduled = await schedule(chat.id, "Здравствуйте! Как вам покупка?");
    sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      chatId: chat.externalId,
      text: "А можно поменять размер?",
    });
    await syncAccount({ accountId: wb.id });
    expect(await row(scheduled.id)).toMatchObject({ status: "CANCELLED", cancelReason: "buyer_replied" });

    await syncAccount({ accountId: wb.id }); // idempotent: nothing changes on a repeat
    expect(await row(scheduled.id)).toMatchObject({ status: "CANCELLED", cancelReason: "buyer_replied" });
    await sweepScheduledMessages({ now: later(3) });
    expect(sentTo("wildberries", chat.externalId)).toEqual([]);
  });

  it("a failed send shows in the thread with the marketplace's reason", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const scheduled = await schedule(chat.id, "Здравствуйте! Напомним о заказе.");
    sim.control.addFault({
      prefix: "/wb-chat",
      path: "/api/v1/seller/message",
      kind: "moderation",
      message: "Сообщение не прошло модерацию",
      times: 1,
    });
    expect((await sweepScheduledMessages({ now: later(3) })).outcomes).toEqual({ failed: 1 });
    const failed = await row(scheduled.id);
    expect(failed.status).toBe("FAILED");
    const message = await db.prisma.message.findUniqueOrThrow({ where: { id: failed.sentMessageId! } });
    expect(message).toMatchObject({
      status: "FAILED",
      error: "rejected",
      errorParams: { reason: expect.stringContaining("модерацию") },
    });
    expect(failed).toMatchObject({ error: "rejected", errorParams: message.errorParams });
    // The marketplace's own words, in either language, marked as not ours.
    expect(await shown(chat.id, scheduled.id, "en")).toMatchObject({
      error: "Сообщение не прошло модерацию",
      errorVerbatim: true,
    });

    // The operator retries it from the thread: it goes out, and the scheduled row says so too.
    const retried = await retryReply({ workspaceId: a.workspace.id, chatId: chat.id, messageId: message.id });
    expect(retried.status).toBe("SENT");
    expect(sentTo("wildberries", chat.externalId)).toEqual(["Здравствуйте! Напомним о заказе."]);
    expect(await row(scheduled.id)).toMatchObject({
      status: "SENT",
      error: null,
      errorParams: null,
      sentMessageId: message.id,
    });
  });

  it("the guardrails refuse a text with a phone number before anything is stored", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const error = await refusal(schedule(chat.id, "Позвоните нам: +7 999 123-45-67"));
    expect(error.details).toMatchObject({ reason: "guardrails" });
    expect(await db.prisma.scheduledMessage.count({ where: { chatId: chat.id } })).toBe(0);
  });

  it("Yandex Market: an ORDER chat takes a follow-up, a DIRECT chat is refused with the reason", async () => {
    const order = await createSimChat({ sim, account: ym, extra: { contextType: "ORDER", orderId: "77001" } });
    const scheduled = await schedule(order.id, "Здравствуйте! Заказ доставлен, всё ли в порядке?");
    await sweepScheduledMessages({ now: later(3) });
    expect(await row(scheduled.id)).toMatchObject({ status: "SENT" });
    expect(sentTo("yandex_market", order.externalId)).toEqual(["Здравствуйте! Заказ доставлен, всё ли в порядке?"]);

    const direct = await createSimChat({ sim, account: ym });
    const error = await refusal(schedule(direct.id, "Здравствуйте!"));
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({
      reason: "not_allowed",
      code: "direct_chat",
      ru: expect.stringContaining("прямых"),
      en: expect.stringContaining("direct"),
    });
  });

  it("Amazon: only a type offered for the order, and a window that closes before sending fails it with the reason", async () => {
    const orderId = "111-2223334-4445556";
    const chat = await db.prisma.chat.create({
      data: {
        workspaceId: a.workspace.id,
        accountId: amazon.id,
        marketplace: "amazon",
        externalId: orderId,
        orderId,
        contextType: "ORDER",
        customerName: "John",
      },
    });
    expect(await getProactiveOptions({ workspaceId: a.workspace.id, chatId: chat.id })).toEqual({
      allowed: true,
      refusal: null,
      messageTypes: ["confirmDeliveryDetails", "unexpectedProblem"],
    });
    const wrong = await refusal(
      scheduleMessage({
        workspaceId: a.workspace.id,
        userId: a.operator.id,
        chatId: chat.id,
        input: { text: "Hello", inDays: 1, amazonMessageType: "confirmOrderDetails" },
      }),
    );
    expect(wrong.details).toMatchObject({ code: "type_not_offered" });

    const scheduled = await schedule(chat.id, "We are sorry: the parcel is delayed by two days.", {
      inDays: 1,
      amazonMessageType: "unexpectedProblem",
    });
    expect(scheduled.amazonMessageType).toBe("unexpectedProblem");
    sim.control.setAmazonOrderTypes({ orderId, types: [] });
    await sweepScheduledMessages({ now: later(1) });
    expect(await row(scheduled.id)).toMatchObject({
      status: "FAILED",
      error: "not_allowed",
      errorParams: { refusal: "nothing_offered" },
    });
    expect(await shown(chat.id, scheduled.id, "ru")).toMatchObject({
      error: expect.stringContaining("окно закрыто"),
      errorVerbatim: false,
    });
    expect(await shown(chat.id, scheduled.id, "en")).toMatchObject({
      error: "Amazon offers no text message for this order now (the window is closed)",
    });
    expect(sentTo("amazon", orderId)).toEqual([]);
    sim.control.setAmazonOrderTypes({ orderId, types: ["confirmDeliveryDetails", "unexpectedProblem"] });
  });

  it("closing the chat or the buyer's opt-out cancels what is waiting; both refuse new follow-ups", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const first = await schedule(chat.id, "Здравствуйте! Всё ли хорошо?");
    const opted = await setFollowUpOptOut({ workspaceId: a.workspace.id, chatId: chat.id, optOut: true });
    expect(opted.cancelled).toBe(1);
    expect(await row(first.id)).toMatchObject({ status: "CANCELLED", cancelReason: "opted_out" });
    expect((await refusal(schedule(chat.id, "Ещё раз здравствуйте!"))).details).toMatchObject({ code: "opted_out" });
    await setFollowUpOptOut({ workspaceId: a.workspace.id, chatId: chat.id, optOut: false });

    const second = await schedule(chat.id, "Здравствуйте! Всё ли хорошо?");
    await db.prisma.chat.update({ where: { id: chat.id }, data: { status: "CLOSED" } });
    const cancel = () =>
      withDomainEvents((tx, publish) =>
        cancelFollowUps({ chatWhere: { id: chat.id }, reason: "chat_closed", tx, publish }),
      );
    expect(await cancel()).toBe(1);
    expect(await cancel()).toBe(0);
    expect(await row(second.id)).toMatchObject({ status: "CANCELLED", cancelReason: "chat_closed" });
  });

  it("a chat the marketplace finished (Yandex Market FINISHED) is closed here and its follow-ups cancelled", async () => {
    const chat = await createSimChat({ sim, account: ym, extra: { contextType: "ORDER", orderId: "77002" } });
    const waiting = await schedule(chat.id, "Здравствуйте! Как вам заказ?");
    const account = { id: ym.id, workspaceId: a.workspace.id, marketplace: "yandex_market" as const };
    // Still open at the marketplace: nothing changes.
    await upsertConversations({
      account,
      chats: [{ ...chatWithIdOnly({ externalId: chat.externalId }), marketplaceStatus: "WAITING_FOR_CUSTOMER" }],
      messages: [],
    });
    expect(await row(waiting.id)).toMatchObject({ status: "SCHEDULED" });

    await upsertConversations({
      account,
      chats: [{ ...chatWithIdOnly({ externalId: chat.externalId }), marketplaceStatus: "FINISHED" }],
      messages: [],
    });
    expect(await db.prisma.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      status: "CLOSED",
      marketplaceStatus: "FINISHED",
    });
    expect(await row(waiting.id)).toMatchObject({ status: "CANCELLED", cancelReason: "chat_closed" });
    expect((await refusal(schedule(chat.id, "Здравствуйте!"))).details).toMatchObject({ code: "chat_closed" });
  });

  it("a closed status counts only on its own marketplace and in any case", async () => {
    const ymChat = await createSimChat({ sim, account: ym, extra: { contextType: "ORDER", orderId: "77003" } });
    const wbChat = await createSimChat({ sim, account: wb });
    const ymAccount = { id: ym.id, workspaceId: a.workspace.id, marketplace: "yandex_market" as const };
    const wbAccount = { id: wb.id, workspaceId: a.workspace.id, marketplace: "wildberries" as const };
    const status = async (id: string) => (await db.prisma.chat.findUniqueOrThrow({ where: { id } })).status;
    // Another marketplace's closed word means nothing on Yandex Market, nor Yandex Market's on Wildberries.
    await upsertConversations({
      account: ymAccount,
      chats: [{ ...chatWithIdOnly({ externalId: ymChat.externalId }), marketplaceStatus: "CLOSED" }],
      messages: [],
    });
    await upsertConversations({
      account: wbAccount,
      chats: [{ ...chatWithIdOnly({ externalId: wbChat.externalId }), marketplaceStatus: "FINISHED" }],
      messages: [],
    });
    expect([await status(ymChat.id), await status(wbChat.id)]).toEqual(["OPEN", "OPEN"]);
    // The marketplace's own word, however it is cased.
    await upsertConversations({
      account: ymAccount,
      chats: [{ ...chatWithIdOnly({ externalId: ymChat.externalId }), marketplaceStatus: "finished" }],
      messages: [],
    });
    expect(await status(ymChat.id)).toBe("CLOSED");
  });

  it("drafts per reason from the workspace's templates; a cross-sell without related products is refused with the reason", async () => {
    const chat = await createSimChat({
      sim,
      account: wb,
      extra: { productId: "nm-777", productTitle: "Кофе в зёрнах" },
    });
    const offline = {}; // no API key: the workspace's templates
    const checkIn = await draftFollowUp({
      workspaceId: a.workspace.id,
      chatId: chat.id,
      kind: "RESOLVED",
      config: offline,
    });
    expect(checkIn).toMatchObject({ source: "template", text: expect.stringContaining("Всё ли теперь в порядке") });
    const refill = await draftFollowUp({
      workspaceId: a.workspace.id,
      chatId: chat.id,
      kind: "REFILL",
      config: offline,
    });
    expect(refill.text).toContain("«Кофе в зёрнах»");
    const error = await refusal(
      draftFollowUp({ workspaceId: a.workspace.id, chatId: chat.id, kind: "CROSS_SELL", config: offline }),
    );
    expect(error.status).toBe(422);
    expect(error.details).toMatchObject({
      reason: "no_related_products",
      ru: expect.stringContaining("сопутствующие"),
    });

    await saveProductSetting({
      workspaceId: a.workspace.id,
      input: {
        marketplace: "wildberries",
        productId: "nm-777",
        title: "Кофе в зёрнах",
        relatedProducts: ["турка", "кофемолка"],
        consumable: true,
        refillDays: 30,
      },
    });
    const crossSell = await draftFollowUp({
      workspaceId: a.workspace.id,
      chatId: chat.id,
      kind: "CROSS_SELL",
      config: offline,
    });
    expect(crossSell.text).toContain("турка, кофемолка");
    expect(crossSell.findings).toEqual([]);
  });

  it("rules on resolve: off by default; when on, a follow-up and a cross-sell are scheduled once per turn and reopening cancels them", async () => {
    const chat = await createSimChat({ sim, account: wb, extra: { productId: "nm-501", productTitle: "Зелёный чай" } });
    await updateChat({ workspaceId: a.workspace.id, chatId: chat.id, update: { status: "RESOLVED" } });
    await new Promise((r) => setTimeout(r, 200));
    expect(await db.prisma.scheduledMessage.count({ where: { chatId: chat.id } })).toBe(0);

    await updateFollowUpRules({
      workspaceId: a.workspace.id,
      update: {
        rules: [
          { kind: "RESOLVED", enabled: true, delayDays: 3, template: null },
          { kind: "CROSS_SELL", enabled: true, delayDays: 7, template: null },
        ],
      },
    });
    await saveProductSetting({
      workspaceId: a.workspace.id,
      input: {
        marketplace: "wildberries",
        productId: "nm-501",
        title: "Зелёный чай",
        relatedProducts: ["чайник"],
        consumable: false,
        refillDays: null,
      },
    });
    await updateChat({ workspaceId: a.workspace.id, chatId: chat.id, update: { status: "OPEN" } });
    await updateChat({ workspaceId: a.workspace.id, chatId: chat.id, update: { status: "RESOLVED" } });
    await vi.waitFor(
      async () =>
        expect(await db.prisma.scheduledMessage.count({ where: { chatId: chat.id, status: "SCHEDULED" } })).toBe(2),
      { timeout: 15_000, interval: 50 },
    );
    const rows = await db.prisma.scheduledMessage.findMany({ where: { chatId: chat.id }, orderBy: { sendAt: "asc" } });
    expect(rows.map((r) => [r.ruleKind, Math.round((r.sendAt.getTime() - r.createdAt.getTime()) / DAY)])).toEqual([
      ["RESOLVED", 3],
      ["CROSS_SELL", 7],
    ]);
    expect(rows[1]!.text).toContain("чайник");

    await updateChat({ workspaceId: a.workspace.id, chatId: chat.id, update: { status: "RESOLVED" } }); // again: no duplicates
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.prisma.scheduledMessage.count({ where: { chatId: chat.id } })).toBe(2);
    await updateChat({ workspaceId: a.workspace.id, chatId: chat.id, update: { status: "OPEN" } });
    expect(
      await db.prisma.scheduledMessage.count({
        where: { chatId: chat.id, status: "CANCELLED", cancelReason: "reopened" },
      }),
    ).toBe(2);
    await updateFollowUpRules({
      workspaceId: a.workspace.id,
      update: {
        rules: [
          { kind: "RESOLVED", enabled: false, delayDays: 3, template: null },
          { kind: "CROSS_SELL", enabled: false, delayDays: 7, template: null },
        ],
      },
    });
  });

  it("reasons stored as Russian sentences before the codes are read back and reworded; unknown ones shown as stored", async () => {
    const chat = await createSimChat({ sim, account: wb });
    const old = async (error: string) =>
      (
        await db.prisma.scheduledMessage.create({
          data: {
            workspaceId: a.workspace.id,
            chatId: chat.id,
            text: "Здравствуйте!",
            sendAt: new Date(),
            status: "FAILED",
            error,
          },
        })
      ).id;
    const interrupted = await old(
      "Отправка прервана (сбой сервера): сообщение могло уйти. Проверьте чат, прежде чем повторять.",
    );
    const guardrails = await old(
      "Текст нарушает правила маркетплейса: Номер телефона (в том числе словами или с заменой цифр): контакты вне площадки запрещены.; Текст длиннее лимита площадки: 1200 из 1000 символов. Сократите на 200.",
    );
    const typeNotOffered = await old(
      "Amazon сейчас не предлагает тип «confirmOrderDetails» для этого заказа (доступно: unexpectedProblem)",
    );
    const reply = await old("Маркетплейс ограничил частоту запросов. Повторите через 30 с.");
    const unknown = await old("Продавец заблокирован модератором");
    const en = async (id: string) => shown(chat.id, id, "en");
    expect(await en(interrupted)).toMatchObject({
      error:
        "Sending was interrupted (server failure): the message may have gone out. Check the chat before trying again.",
      errorVerbatim: false,
    });
    expect((await en(guardrails)).error).toBe(
      "The text breaks the marketplace's rules: Phone number (also in words or with letters for digits): contacts outside the marketplace are forbidden.; " +
        "The text is longer than the marketplace allows: 1200 of 1000 characters. Shorten it by 200 characters.",
    );
    expect((await en(typeNotOffered)).error).toBe(
      "Amazon does not offer “confirmOrderDetails” for this order now (available: unexpectedProblem)",
    );
    expect((await en(reply)).error).toBe("The marketplace limited the request rate. Try again in 30 seconds.");
    expect(await en(unknown)).toMatchObject({ error: "Продавец заблокирован модератором", errorVerbatim: true });
    // Russian reads as it did.
    expect((await shown(chat.id, interrupted, "ru")).error).toBe(
      "Отправка прервана (сбой сервера): сообщение могло уйти. Проверьте чат, прежде чем повторять.",
    );
    expect((await shown(chat.id, reply, "ru")).error).toBe(
      "Маркетплейс ограничил частоту запросов. Повторите через 30 секунд.",
    );
  });

  it("a rule that cannot apply to the chat is stored as refused, with the reason", async () => {
    await updateFollowUpRules({
      workspaceId: a.workspace.id,
      update: { rules: [{ kind: "RESOLVED", enabled: true, delayDays: 3, template: null }] },
    });
    const direct = await createSimChat({ sim, account: ym });
    await updateChat({ workspaceId: a.workspace.id, chatId: direct.id, update: { status: "RESOLVED" } });
    await vi.waitFor(
      async () => expect(await db.prisma.scheduledMessage.count({ where: { chatId: direct.id } })).toBe(1),
      { timeout: 15_000, interval: 50 },
    );
    const refused = await db.prisma.scheduledMessage.findFirstOrThrow({ where: { chatId: direct.id } });
    expect(refused).toMatchObject({
      status: "CANCELLED",
      cancelReason: "not_allowed",
      error: "not_allowed",
      errorParams: { refusal: "direct_chat" },
    });
    expect((await shown(direct.id, refused.id, "ru")).error).toContain("Яндекс Маркет");
    expect((await shown(direct.id, refused.id, "en")).error).toContain(
      "Yandex Market lets the seller write first only",
    );
    await updateFollowUpRules({
      workspaceId: a.workspace.id,
      update: { rules: [{ kind: "RESOLVED", enabled: false, delayDays: 3, template: null }] },
    });
  });
});
