import { describe, expect, it } from "vitest";
import { checkDraft } from "@/lib/ai/eval/draft-check";
import { draftOffline } from "@/lib/ai/offline-drafter";
import { draftContextSchema, type DraftContextInput } from "@/lib/ai/types";

// The seller's first message in the chat a marketplace opened about a negative review (Wildberries holds
// the review until the buyer answers): the buyer has written nothing yet, so the draft is an apology with
// the marketplace's route, never a closing such as «Договорились, спасибо!».

const notice = {
  author: "marketplace" as const,
  text: "Покупатель оставил отзыв с оценкой 2★ на товар «Кроссовки беговые». Отзыв не будет опубликован, пока вы общаетесь с покупателем.",
  createdAt: new Date("2026-12-07T10:00:00Z"),
};
const held: DraftContextInput = {
  marketplace: "wildberries",
  kind: "chat",
  isNegativeReview: true,
  buyerName: "Игорь",
  product: { name: "Кроссовки беговые" },
  messages: [notice],
};
const CLOSING = /Договорились|Если появятся вопросы|Рады были помочь/u;

describe("a first message about a held negative review", () => {
  it("apologises and offers a fix when nothing else is known, and asks what happened here", () => {
    const { text, noReply } = draftOffline({ context: held });
    expect(text).not.toMatch(CLOSING);
    expect(noReply).toBe(false);
    expect(text).toMatch(/жаль|извин/iu);
    expect(text).toContain("здесь");
    expect(checkDraft({ draft: text, context: draftContextSchema.parse(held) })).toEqual([]);
  });

  it("answers the review itself when its text is known: the buyer's problem and the marketplace's return route", () => {
    const context = { ...held, rating: 1, reviewText: "Подошва отклеилась через неделю" };
    const { text } = draftOffline({ context });
    expect(text).not.toMatch(CLOSING);
    expect(text).toContain("подошва отклеилась");
    expect(text).toMatch(/Вернуть товар/u);
    expect(checkDraft({ draft: text, context: draftContextSchema.parse(context) })).toEqual([]);
  });

  it("still closes when the buyer has answered the seller with an acknowledgement", () => {
    const context = {
      ...held,
      reviewText: "Подошва отклеилась через неделю",
      messages: [
        notice,
        { author: "seller" as const, text: "Игорь, простите! Оформите возврат, мы одобрим.", createdAt: new Date() },
        { author: "buyer" as const, text: "ок, спасибо", createdAt: new Date() },
      ],
    };
    expect(draftOffline({ context }).text).toMatch(CLOSING);
  });
});
