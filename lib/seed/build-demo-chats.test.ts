import { describe, expect, it } from "vitest";
import { effectiveDueAt } from "@/lib/inbox/chat-sla";
import { buildDemoWorld } from "@/lib/seed/demo-world";

// The demo's conversations: ids each marketplace's API accepts, realistic order numbers, dates relative to now.

const now = new Date("2026-12-06T12:00:00Z");
const { chats, negativeReviews } = buildDemoWorld({ now });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const INT64 = /^[1-9]\d{0,18}$/;

describe("the demo world", () => {
  it("names every conversation and message with an id of its marketplace's format", () => {
    for (const chat of chats) {
      const id = chat.externalId;
      if (chat.marketplace === "wildberries") expect(id).toMatch(chat.kind === "CHAT" ? /^1:/ : /^[A-Za-z0-9]{20}$/);
      if (chat.marketplace === "wildberries" && chat.kind === "CHAT") {
        expect(id.slice(2)).toMatch(UUID);
        expect(chat.replyToken?.startsWith(`${id}:`)).toBe(true);
      }
      if (chat.marketplace === "ozon") expect(id).toMatch(UUID);
      if (chat.marketplace === "yandex_market") expect(id).toMatch(INT64);
      if (chat.marketplace === "avito") expect(id).toMatch(/^u2i-[A-Za-z0-9]+$/);
      if (chat.marketplace === "amazon") expect(id).toMatch(/^\d{3}-\d{7}-\d{7}$/);
      for (const m of chat.messages) {
        if (chat.kind !== "CHAT") expect(m.externalId.startsWith(`${chat.kind.toLowerCase()}:${id}`)).toBe(true);
        else if (chat.marketplace === "ozon" || chat.marketplace === "yandex_market")
          expect(m.externalId).toMatch(INT64);
      }
    }
    for (const c of negativeReviews.wb)
      expect([c.feedbackId, c.chatId.slice(2)]).toEqual([
        expect.stringMatching(/^[A-Za-z0-9]{20}$/),
        expect.stringMatching(UUID),
      ]);
    expect(negativeReviews.ym.feedbackId).toMatch(INT64);
    const all = [...chats.map((c) => c.externalId), ...chats.flatMap((c) => c.messages.map((m) => m.externalId))];
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives orders the numbers buyers know: numeric on Wildberries and Yandex Market, posting numbers on Ozon", () => {
    const orders = (marketplace: string) =>
      chats.filter((c) => c.marketplace === marketplace && c.orderId).map((c) => c.orderId!);
    for (const o of orders("wildberries")) expect(o).toMatch(/^[1-9]\d{9}$/);
    for (const o of orders("yandex_market")) expect(o).toMatch(/^[1-9]\d{8}$/);
    for (const o of orders("ozon")) expect(o).toMatch(/^[1-9]\d{7}-\d{4}-1$/);
    expect(orders("ozon").length).toBeGreaterThan(10);
    const texts = chats.flatMap((c) => c.messages.map((m) => m.text));
    expect(texts.filter((t) => /\{\w+\}|undefined|null|NEED_REACTION|OPENED|[0-9a-f]{32}/.test(t))).toEqual([]);
  });

  it("dates a realistic mix relative to now: most awaiting replies within their deadline, about one in six overdue, some answered", () => {
    const awaiting = chats.filter((c) => c.awaitingReplySince);
    const overdue = awaiting.filter(
      (c) => effectiveDueAt({ kind: c.kind, slaDueAt: null, awaitingReplySince: c.awaitingReplySince })! < now,
    );
    expect(awaiting.length).toBeGreaterThan(40);
    expect(overdue.length / awaiting.length).toBeGreaterThan(0.08);
    expect(overdue.length / awaiting.length).toBeLessThan(0.28);
    // Overdue by hours, not weeks.
    for (const c of awaiting) expect(now.getTime() - c.awaitingReplySince!.getTime()).toBeLessThan(3 * 86_400_000);
    expect(
      chats.filter((c) => !c.awaitingReplySince && c.messages.some((m) => m.author === "SELLER")).length,
    ).toBeGreaterThan(50);
    for (const c of chats) for (const m of c.messages) expect(m.createdAt.getTime()).toBeLessThanOrEqual(now.getTime());
  });

  it("opens negative-review cases with deadlines ahead, one of them close", () => {
    const open = negativeReviews.wb.filter((c) => c.status === "IN_PROGRESS");
    const left = open.map((c) => c.deadlineAt!.getTime() - now.getTime());
    expect(left.every((ms) => ms > 0)).toBe(true);
    expect(left.some((ms) => ms < 12 * 3_600_000)).toBe(true);
  });

  it("gives chats the marketplace's buyer id where its API has one, and some buyers several chats under one name", () => {
    const withIds = new Set(["wildberries", "yandex_market", "avito"]);
    for (const c of chats) {
      if (c.kind !== "CHAT" || !withIds.has(c.marketplace)) expect(c.buyerId).toBeNull();
      else if (c.marketplace === "yandex_market") expect(c.buyerId).toMatch(/^[a-z0-9]{26}$/);
      else expect(c.buyerId).toMatch(/^[1-9]\d{7,8}$/);
    }
    const byBuyer = new Map<string, typeof chats>();
    for (const c of chats.filter((c) => c.buyerId))
      byBuyer.set(`${c.marketplace}/${c.buyerId}`, [...(byBuyer.get(`${c.marketplace}/${c.buyerId}`) ?? []), c]);
    const returning = [...byBuyer.values()].filter((list) => list.length > 1);
    for (const marketplace of withIds)
      expect(returning.some((list) => list[0]!.marketplace === marketplace)).toBe(true);
    for (const list of returning) expect(new Set(list.map((c) => c.customerName)).size).toBe(1);
  });

  it("is the same world for the same seed, whenever it is built", () => {
    const later = buildDemoWorld({ now: new Date(now.getTime() + 86_400_000) });
    expect(later.chats.map((c) => [c.externalId, c.orderId, c.buyerId, c.messages.map((m) => m.externalId)])).toEqual(
      chats.map((c) => [c.externalId, c.orderId, c.buyerId, c.messages.map((m) => m.externalId)]),
    );
    expect(later.negativeReviews.wb.map((c) => c.feedbackId)).toEqual(negativeReviews.wb.map((c) => c.feedbackId));
  });
});
