import { describe, expect, it } from "vitest";
import { REVIEW_WINDOW, reviewMessages, reviewWindowStart } from "@/lib/ingest/sync-reviews";
import type { Review } from "@/lib/marketplaces/schemas";

describe("reviewWindowStart", () => {
  const now = new Date("2026-03-10T12:30:00Z");
  it("a first import reads its window; later runs overlap the last one, and reach back for late publications once an hour", () => {
    expect(reviewWindowStart({ lastSyncAt: null, now }).toISOString()).toBe(
      new Date(now.getTime() - REVIEW_WINDOW.firstImportDays * 86_400_000).toISOString(),
    );
    const sameHour = new Date("2026-03-10T12:25:00Z");
    expect(reviewWindowStart({ lastSyncAt: sameHour, now }).getTime()).toBe(
      sameHour.getTime() - REVIEW_WINDOW.overlapMs,
    );
    const lastHour = new Date("2026-03-10T11:58:00Z");
    expect(reviewWindowStart({ lastSyncAt: lastHour, now }).getTime()).toBe(
      lastHour.getTime() - REVIEW_WINDOW.moderationLookbackDays * 86_400_000,
    );
  });
});

describe("reviewMessages", () => {
  const review: Review = {
    externalId: "f-1",
    kind: "review",
    rating: 4,
    text: "Сел по размеру",
    pros: "Мягкий",
    cons: "Линяет",
    productId: "1",
    productTitle: "Футболка",
    orderId: null,
    customerName: "Анна",
    createdAt: "2026-03-10T12:00:00.000Z",
    answered: false,
    answerText: null,
    answerEditable: null,
    photoUrls: [],
  };

  it("keeps the review's pros and cons as data beside its text, with no words of ours", () => {
    const [buyer] = reviewMessages(review);
    expect(buyer).toMatchObject({ text: "Сел по размеру", reviewPros: "Мягкий", reviewCons: "Линяет" });
  });

  it("an empty text stays empty, and blank parts are none", () => {
    const [buyer] = reviewMessages({ ...review, text: "", pros: " ", cons: "Линяет" });
    expect(buyer).toMatchObject({ text: "", reviewPros: null, reviewCons: "Линяет" });
  });
});
