import { describe, expect, it } from "vitest";
import { REVIEW_WINDOW, reviewWindowStart } from "@/lib/ingest/sync-reviews";

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
