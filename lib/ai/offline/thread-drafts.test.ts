import { describe, expect, it } from "vitest";
import { checkDraft } from "@/lib/ai/eval/draft-check";
import { lengthLimitFor } from "@/lib/ai/guardrails/limits";
import { draftOffline } from "@/lib/ai/offline-drafter";
import { buyerContext } from "@/lib/ai/testing/contexts";
import { draftContextSchema, marketplaceSchema, type DraftContextInput } from "@/lib/ai/types";

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, "0")}:00Z`;

function thread(...turns: [author: "buyer" | "seller", text: string][]): DraftContextInput {
  return {
    marketplace: "wildberries",
    messages: turns.map(([author, text], i) => ({ author, text, createdAt: at(i) })),
  };
}

describe("drafts that read the thread", () => {
  it("closes after an acknowledgement instead of answering the old question again", () => {
    const context = thread(
      ["buyer", "Как вернуть куртку, не подошёл размер?"],
      ["seller", "Оформите возврат в разделе «Покупки» — «Вернуть товар», деньги придут после приёмки."],
      ["buyer", "ок"],
    );
    const draft = draftOffline({ context });
    expect(draft.noReply).toBe(true);
    expect(draft.text.length).toBeLessThan(120);
    expect(draft.text).not.toMatch(/за вопрос|провер|возврат/i);
    expect(checkDraft({ draft: draft.text, context: draftContextSchema.parse(context) })).toEqual([]);
  });

  it("keeps the seller's promise in view when the buyer says they will wait", () => {
    const draft = draftOffline({
      context: thread(
        ["buyer", "Где заказ?"],
        ["seller", "Уточним у склада и напишем вам сегодня."],
        ["buyer", "спасибо, жду"],
      ),
    });
    expect(draft.noReply).toBe(true);
    expect(draft.text).toMatch(/напишем здесь|Сообщим здесь/);
  });

  it("answers a new question asked after the seller's answer", () => {
    const draft = draftOffline({
      context: thread(["buyer", "Есть размер M?"], ["seller", "Да, есть."], ["buyer", "ок, а когда привезут?"]),
    });
    expect(draft.noReply).toBe(false);
    expect(draft.classification.intent).toBe("delivery");
  });

  it("never quotes a status code or an internal order id", () => {
    const draft = draftOffline({
      context: buyerContext("Где мой заказ?", {
        order: { number: "3f9a1c0e5b7d4a2f8e6c1b0a9d8e7f6a", status: "OPENED" },
      }),
    });
    expect(draft.text).not.toContain("OPENED");
    expect(draft.text).not.toContain("3f9a1c0e");
    expect(draft.text).toContain("ваш заказ");
  });
});

describe("review replies", () => {
  const review = (
    text: string,
    rating: number,
    seed: string,
    marketplace: DraftContextInput["marketplace"] = "wildberries",
  ) =>
    draftOffline({
      context: buyerContext(text, { kind: "review", rating, seed, marketplace, product: { name: "Худи оверсайз" } }),
    }).text;

  it("thanks for five stars with the product's name", () => {
    expect(review("Отличное худи, очень мягкое", 5, "r1")).toContain("Худи оверсайз");
  });

  it("names the buyer's problem on a low rating and apologises once", () => {
    const text = review("Маломерит на размер, пришлось вернуть", 2, "r2");
    expect(text).toContain("маломерит на размер");
    expect(text.match(/жаль|извин|простите/gi)).toHaveLength(1);
    expect(text).toMatch(/Вернуть товар/);
  });

  it("varies the wording across reviews", () => {
    const texts = new Set(["a", "b", "c", "d", "e", "f"].map((seed) => review("Всё отлично", 5, seed)));
    expect(texts.size).toBeGreaterThan(1);
  });

  it.each(marketplaceSchema.options)("stays within the review limit on %s", (marketplace) => {
    const text = review(
      "Ужасное качество: шов разошёлся, ткань в катышках, молния сломалась, пахнет химией ".repeat(8),
      1,
      "r3",
      marketplace,
    );
    expect([...text].length).toBeLessThanOrEqual(lengthLimitFor({ marketplace, messageType: "review" }));
  });
});

describe("checkDraft rules", () => {
  const context = draftContextSchema.parse(
    thread(["buyer", "Как вернуть?"], ["seller", "Через раздел «Покупки»."], ["buyer", "понятно, спасибо"]),
  );
  it.each<[string, string]>([
    ["Статус заказа: WAITING_FOR_PARTNER", "code"],
    ["Ваш заказ в статусе DELIVERED", "code"],
    ["Номер заказа 3f9a1c0e5b7d4a2f8e6c1b0a9d8e7f6a", "id"],
    ["Заявка 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "id"],
    ["Пишите в тг @shop_msk", "guardrails"],
    ["Спасибо за вопрос! Проверим ваш заказ и ответим.", "reanswer"],
  ])("%s -> %s", (draft, violation) => {
    expect(checkDraft({ draft, context })).toContain(violation);
  });
  it("passes a short closing", () => {
    expect(checkDraft({ draft: "Спасибо! Если появятся вопросы — пишите, мы на связи.", context })).toEqual([]);
  });
});
