import { describe, expect, it } from "vitest";
import { isReviewTemplateMessage, proposeLinks } from "@/lib/negative-reviews/link-heuristic";

const T0 = new Date("2026-11-20T10:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const kase = (id: string, productId: string | null, customerName: string | null, at = T0) => ({
  id,
  productId,
  customerName,
  reviewCreatedAt: at,
});
const chat = (id: string, productId: string | null, customerName: string | null, at = later(5)) => ({
  id,
  productId,
  customerName,
  openedAt: at,
});

describe("review–chat linking", () => {
  it("recognises the marketplace's template, not a buyer's words", () => {
    expect(
      isReviewTemplateMessage({
        author: "MARKETPLACE",
        text: "Покупатель оставил отзыв с оценкой 2★ на товар «Платье»",
      }),
    ).toBe(true);
    expect(isReviewTemplateMessage({ author: "BUYER", text: "Оставил отзыв с оценкой 2" })).toBe(false);
    expect(isReviewTemplateMessage({ author: "MARKETPLACE", text: "Заказ доставлен" })).toBe(false);
  });

  it("same product and buyer: high; same product, the only candidate: medium", () => {
    expect(proposeLinks({ cases: [kase("c1", "111", "Ольга")], chats: [chat("x1", "111", "ольга ")] })).toEqual([
      { caseId: "c1", chatId: "x1", confidence: "HIGH" },
    ]);
    expect(proposeLinks({ cases: [kase("c1", "111", null)], chats: [chat("x1", "111", "Ольга")] })).toEqual([
      { caseId: "c1", chatId: "x1", confidence: "MEDIUM" },
    ]);
  });

  it("ambiguous or different names: low, nearest in time; other products or outside the window: unlinked", () => {
    const links = proposeLinks({
      cases: [kase("c1", "111", null), kase("c2", "111", null, later(60))],
      chats: [chat("x1", "111", null, later(62)), chat("x2", "111", null, later(3))],
    });
    expect(links).toEqual(
      expect.arrayContaining([
        { caseId: "c2", chatId: "x1", confidence: "LOW" },
        { caseId: "c1", chatId: "x2", confidence: "LOW" },
      ]),
    );
    expect(
      proposeLinks({ cases: [kase("c1", "111", "Ольга")], chats: [chat("x1", "111", "Иван")] })[0]!.confidence,
    ).toBe("LOW");
    expect(proposeLinks({ cases: [kase("c1", "111", "Ольга")], chats: [chat("x1", "222", "Ольга")] })).toEqual([]);
    expect(
      proposeLinks({ cases: [kase("c1", "111", "Ольга")], chats: [chat("x1", "111", "Ольга", later(5 * 24 * 60))] }),
    ).toEqual([]);
  });

  it("a name match wins over a closer chat; each chat links once", () => {
    const links = proposeLinks({
      cases: [kase("c1", "111", "Ольга")],
      chats: [chat("near", "111", "Иван", later(1)), chat("named", "111", "Ольга", later(30))],
    });
    expect(links).toEqual([{ caseId: "c1", chatId: "named", confidence: "HIGH" }]);
  });
});
