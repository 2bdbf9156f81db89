import { describe, expect, it } from "vitest";
import { withDomainEvents } from "@/lib/events/bus";
import { cancelFollowUps } from "@/lib/follow-ups/cancel-follow-ups";
import { getProactiveOptions } from "@/lib/follow-ups/get-proactive-options";
import { scheduleMessage } from "@/lib/follow-ups/schedule-message";
import { setFollowUpOptOut } from "@/lib/follow-ups/set-follow-up-opt-out";
import { sweepScheduledMessages } from "@/lib/follow-ups/sweep-scheduled-messages";
import { retryReply } from "@/lib/inbox/retry-reply";
import { syncAccount } from "@/lib/ingest/sync-account";
import { upsertConversations } from "@/lib/ingest/upsert-conversations";
import { chatWithIdOnly } from "@/lib/marketplaces/schemas";
import { createSimChat } from "@/lib/inbox/testing/sim-chat";
import { followUpsWorldPerFile, later } from "@/lib/test/follow-ups-world";
import { rejection } from "@/lib/test/rejection";

// Follow-ups end to end against the marketplace simulator on a real database: scheduled, swept when
// due and delivered through the reply send service; cancelled by a buyer message that ingestion
// stores; refused where the marketplace does not let the seller write first.

const w = followUpsWorldPerFile();

describe("follow-ups against the simulator", () => {
  it("a follow-up in a Wildberries chat is sent when due: it arrives at the marketplace and in the thread", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const scheduled = await w.schedule(chat.id, "Здравствуйте! Всё ли в порядке с заказом?");
    expect(scheduled).toMatchObject({ status: "SCHEDULED", source: "MANUAL" });

    expect(await sweepScheduledMessages({ now: new Date() })).toMatchObject({ due: 0 });
    expect(w.sentTo("wildberries", chat.externalId)).toEqual([]);

    const sweep = await sweepScheduledMessages({ now: later(3) });
    expect(sweep.outcomes).toEqual({ sent: 1 });
    expect(w.sentTo("wildberries", chat.externalId)).toEqual(["Здравствуйте! Всё ли в порядке с заказом?"]);
    const sent = await w.row(scheduled.id);
    expect(sent).toMatchObject({ status: "SENT", error: null });
    const message = await w.db.prisma.message.findUniqueOrThrow({ where: { id: sent.sentMessageId! } });
    expect(message).toMatchObject({
      author: "SELLER",
      status: "SENT",
      senderUserId: w.a.operator.id,
      text: "Здравствуйте! Всё ли в порядке с заказом?",
    });

    // A second sweep finds nothing: sent exactly once.
    expect(await sweepScheduledMessages({ now: later(4) })).toMatchObject({ due: 0 });
    expect(w.sentTo("wildberries", chat.externalId)).toHaveLength(1);
  });

  it("a buyer message ingested from the simulator cancels the follow-up, which is never sent", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const scheduled = await w.schedule(chat.id, "Здравствуйте! Как вам покупка?");
    w.sim.control.injectBuyerMessage({
      marketplace: "wildberries",
      chatId: chat.externalId,
      text: "А можно поменять размер?",
    });
    await syncAccount({ accountId: w.wb.id });
    expect(await w.row(scheduled.id)).toMatchObject({ status: "CANCELLED", cancelReason: "buyer_replied" });

    await syncAccount({ accountId: w.wb.id }); // idempotent: nothing changes on a repeat
    expect(await w.row(scheduled.id)).toMatchObject({ status: "CANCELLED", cancelReason: "buyer_replied" });
    await sweepScheduledMessages({ now: later(3) });
    expect(w.sentTo("wildberries", chat.externalId)).toEqual([]);
  });

  it("a failed send shows in the thread with the marketplace's reason", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const scheduled = await w.schedule(chat.id, "Здравствуйте! Напомним о заказе.");
    w.sim.control.addFault({
      prefix: "/wb-chat",
      path: "/api/v1/seller/message",
      kind: "moderation",
      message: "Сообщение не прошло модерацию",
      times: 1,
    });
    expect((await sweepScheduledMessages({ now: later(3) })).outcomes).toEqual({ failed: 1 });
    const failed = await w.row(scheduled.id);
    expect(failed.status).toBe("FAILED");
    const message = await w.db.prisma.message.findUniqueOrThrow({ where: { id: failed.sentMessageId! } });
    expect(message).toMatchObject({
      status: "FAILED",
      error: "rejected",
      errorParams: { reason: expect.stringContaining("модерацию") },
    });
    expect(failed).toMatchObject({ error: "rejected", errorParams: message.errorParams });
    // The marketplace's own words, in either language, marked as not ours.
    expect(await w.shown(chat.id, scheduled.id, "en")).toMatchObject({
      error: "Сообщение не прошло модерацию",
      errorVerbatim: true,
    });

    // The operator retries it from the thread: it goes out, and the scheduled row says so too.
    const retried = await retryReply({ workspaceId: w.a.workspace.id, chatId: chat.id, messageId: message.id });
    expect(retried.status).toBe("SENT");
    expect(w.sentTo("wildberries", chat.externalId)).toEqual(["Здравствуйте! Напомним о заказе."]);
    expect(await w.row(scheduled.id)).toMatchObject({
      status: "SENT",
      error: null,
      errorParams: null,
      sentMessageId: message.id,
    });
  });

  it("the guardrails refuse a text with a phone number before anything is stored", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const error = await rejection(w.schedule(chat.id, "Позвоните нам: +7 999 123-45-67"));
    expect(error.details).toMatchObject({ reason: "guardrails" });
    expect(await w.db.prisma.scheduledMessage.count({ where: { chatId: chat.id } })).toBe(0);
  });

  it("Yandex Market: an ORDER chat takes a follow-up, a DIRECT chat is refused with the reason", async () => {
    const order = await createSimChat({ sim: w.sim, account: w.ym, extra: { contextType: "ORDER", orderId: "77001" } });
    const scheduled = await w.schedule(order.id, "Здравствуйте! Заказ доставлен, всё ли в порядке?");
    await sweepScheduledMessages({ now: later(3) });
    expect(await w.row(scheduled.id)).toMatchObject({ status: "SENT" });
    expect(w.sentTo("yandex_market", order.externalId)).toEqual(["Здравствуйте! Заказ доставлен, всё ли в порядке?"]);

    const direct = await createSimChat({ sim: w.sim, account: w.ym });
    const error = await rejection(w.schedule(direct.id, "Здравствуйте!"));
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
    const chat = await w.db.prisma.chat.create({
      data: {
        workspaceId: w.a.workspace.id,
        accountId: w.amazon.id,
        marketplace: "amazon",
        externalId: orderId,
        orderId,
        contextType: "ORDER",
        customerName: "John",
      },
    });
    expect(await getProactiveOptions({ workspaceId: w.a.workspace.id, chatId: chat.id })).toEqual({
      allowed: true,
      refusal: null,
      messageTypes: ["confirmDeliveryDetails", "unexpectedProblem"],
    });
    const wrong = await rejection(
      scheduleMessage({
        workspaceId: w.a.workspace.id,
        userId: w.a.operator.id,
        chatId: chat.id,
        input: { text: "Hello", inDays: 1, amazonMessageType: "confirmOrderDetails" },
      }),
    );
    expect(wrong.details).toMatchObject({ code: "type_not_offered" });

    const scheduled = await w.schedule(chat.id, "We are sorry: the parcel is delayed by two days.", {
      inDays: 1,
      amazonMessageType: "unexpectedProblem",
    });
    expect(scheduled.amazonMessageType).toBe("unexpectedProblem");
    w.sim.control.setAmazonOrderTypes({ orderId, types: [] });
    await sweepScheduledMessages({ now: later(1) });
    expect(await w.row(scheduled.id)).toMatchObject({
      status: "FAILED",
      error: "not_allowed",
      errorParams: { refusal: "nothing_offered" },
    });
    expect(await w.shown(chat.id, scheduled.id, "ru")).toMatchObject({
      error: expect.stringContaining("окно закрыто"),
      errorVerbatim: false,
    });
    expect(await w.shown(chat.id, scheduled.id, "en")).toMatchObject({
      error: "Amazon offers no text message for this order now (the window is closed)",
    });
    expect(w.sentTo("amazon", orderId)).toEqual([]);
    w.sim.control.setAmazonOrderTypes({ orderId, types: ["confirmDeliveryDetails", "unexpectedProblem"] });
  });

  it("closing the chat or the buyer's opt-out cancels what is waiting; both refuse new follow-ups", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.wb });
    const first = await w.schedule(chat.id, "Здравствуйте! Всё ли хорошо?");
    const opted = await setFollowUpOptOut({ workspaceId: w.a.workspace.id, chatId: chat.id, optOut: true });
    expect(opted.cancelled).toBe(1);
    expect(await w.row(first.id)).toMatchObject({ status: "CANCELLED", cancelReason: "opted_out" });
    expect((await rejection(w.schedule(chat.id, "Ещё раз здравствуйте!"))).details).toMatchObject({
      code: "opted_out",
    });
    await setFollowUpOptOut({ workspaceId: w.a.workspace.id, chatId: chat.id, optOut: false });

    const second = await w.schedule(chat.id, "Здравствуйте! Всё ли хорошо?");
    await w.db.prisma.chat.update({ where: { id: chat.id }, data: { status: "CLOSED" } });
    const cancel = () =>
      withDomainEvents((tx, publish) =>
        cancelFollowUps({ chatWhere: { id: chat.id }, reason: "chat_closed", tx, publish }),
      );
    expect(await cancel()).toBe(1);
    expect(await cancel()).toBe(0);
    expect(await w.row(second.id)).toMatchObject({ status: "CANCELLED", cancelReason: "chat_closed" });
  });

  it("a chat the marketplace finished (Yandex Market FINISHED) is closed here and its follow-ups cancelled", async () => {
    const chat = await createSimChat({ sim: w.sim, account: w.ym, extra: { contextType: "ORDER", orderId: "77002" } });
    const waiting = await w.schedule(chat.id, "Здравствуйте! Как вам заказ?");
    const account = { id: w.ym.id, workspaceId: w.a.workspace.id, marketplace: "yandex_market" as const };
    // Still open at the marketplace: nothing changes.
    await upsertConversations({
      account,
      chats: [{ ...chatWithIdOnly({ externalId: chat.externalId }), marketplaceStatus: "WAITING_FOR_CUSTOMER" }],
      messages: [],
    });
    expect(await w.row(waiting.id)).toMatchObject({ status: "SCHEDULED" });

    await upsertConversations({
      account,
      chats: [{ ...chatWithIdOnly({ externalId: chat.externalId }), marketplaceStatus: "FINISHED" }],
      messages: [],
    });
    expect(await w.db.prisma.chat.findUniqueOrThrow({ where: { id: chat.id } })).toMatchObject({
      status: "CLOSED",
      marketplaceStatus: "FINISHED",
    });
    expect(await w.row(waiting.id)).toMatchObject({ status: "CANCELLED", cancelReason: "chat_closed" });
    expect((await rejection(w.schedule(chat.id, "Здравствуйте!"))).details).toMatchObject({ code: "chat_closed" });
  });

  it("a closed status counts only on its own marketplace and in any case", async () => {
    const ymChat = await createSimChat({
      sim: w.sim,
      account: w.ym,
      extra: { contextType: "ORDER", orderId: "77003" },
    });
    const wbChat = await createSimChat({ sim: w.sim, account: w.wb });
    const ymAccount = { id: w.ym.id, workspaceId: w.a.workspace.id, marketplace: "yandex_market" as const };
    const wbAccount = { id: w.wb.id, workspaceId: w.a.workspace.id, marketplace: "wildberries" as const };
    const status = async (id: string) => (await w.db.prisma.chat.findUniqueOrThrow({ where: { id } })).status;
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
});
