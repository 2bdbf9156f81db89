import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { syncReviews } from "@/lib/ingest/sync-reviews";
import { sendReply } from "@/lib/inbox/send-reply";
import { callRoute } from "@/lib/test/call-route";
import { until } from "@/lib/test/until";
import { YM_WEBHOOK_SECRET as SECRET, ymWebhookWorldPerFile } from "@/lib/test/ym-webhook-world";

// Yandex Market against the spec: "answered" comes from the shop's own comments (needReaction only says
// the review was opened), every review of the window is synced, a second reply edits the comment, and
// every push about comments, disputes and questions ends up in front of an operator (through the real route).

const w = ymWebhookWorldPerFile();

describe("Yandex Market reviews", () => {
  it("imports a review opened in the cabinet but not answered, and opens a negative-review case for it", async () => {
    const feedback = w.sim.state.ym.feedbacks.find((f) => f.feedbackId === 902)!;
    expect(feedback).toMatchObject({ needReaction: false, comments: [], statistics: { rating: 2 } });
    expect(await syncReviews({ accountId: w.accountId, force: true })).toMatchObject({ status: "synced" });

    const chat = (await w.reviewChat("902"))!;
    expect(chat).toMatchObject({ rating: 2, marketplaceStatus: "NEED_REACTION" });
    expect(chat.awaitingReplySince).not.toBeNull();
    expect(chat.messages.map((m) => m.author)).toEqual(["BUYER"]);
    const kase = await w.db.prisma.negativeReviewCase.findFirst({
      where: { accountId: w.accountId, reviewExternalId: "902" },
    });
    expect(kase).toMatchObject({ rating: 2, reviewChatId: chat.id });
  });

  it("stores a review with the shop's comment as answered, with the comment in its thread", async () => {
    const chat = (await w.reviewChat("903"))!;
    expect(chat).toMatchObject({ marketplaceStatus: "ANSWERED", awaitingReplySince: null });
    expect(chat.messages.map((m) => [m.author, m.externalId, m.text])).toEqual([
      ["BUYER", "review:903", expect.stringContaining("Хорошая ткань")],
      ["SELLER", "903001", "Спасибо за отзыв! Ускорили отправку со склада."],
    ]);
  });

  it("a second reply to a review edits the shop's comment (update with the comment's id)", async () => {
    const chat = (await w.reviewChat("902"))!;
    const send = (text: string) =>
      sendReply({
        workspaceId: w.fx.workspace.id,
        userId: w.fx.operator.id,
        chatId: chat.id,
        text,
        clientRequestId: crypto.randomUUID(),
      });
    w.sim.control.clearRequests();
    const first = await send("Нам жаль! Возьмите на размер больше.");
    const second = await send("Нам очень жаль! Оформите обмен на размер больше в разделе «Заказы».");
    expect([first.message.status, second.message.status]).toEqual(["SENT", "SENT"]);
    const commentId = (await w.db.prisma.message.findUniqueOrThrow({ where: { id: first.message.id } })).externalId;
    expect(commentId).toMatch(/^\d+$/);
    const updates = w.sim.control
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
    expect(w.sim.state.ym.feedbacks.find((f) => f.feedbackId === 902)!.comments.map((c) => c.text)).toEqual([
      "Нам очень жаль! Оформите обмен на размер больше в разделе «Заказы».",
    ]);

    // The edited comment announced by push (same id, new text) is the comment already stored, not a third message.
    const businessId = Number(w.sim.credentials.yandex_market.businessId);
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
      w.db.prisma.webhookEvent.findFirst({
        where: {
          accountId: w.accountId,
          dedupKey: `review-comment:${commentId}`,
          OR: [{ processedAt: { not: null } }, { lastError: { not: null } }],
        },
      }),
    );
    expect(event).toMatchObject({ lastError: null });
    expect(await w.db.prisma.message.count({ where: { chatId: chat.id, author: "SELLER" } })).toBe(2);
  });
});
