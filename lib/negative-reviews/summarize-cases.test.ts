import { describe, expect, it } from "vitest";
import { summarizeCases, type ReportCase } from "@/lib/negative-reviews/summarize-cases";

const d = (h: number) => new Date(Date.UTC(2026, 10, 20, h));
const c = (over: Partial<ReportCase>): ReportCase => ({
  status: "IN_PROGRESS",
  originalRating: 2,
  finalRating: null,
  firstResponseMs: null,
  deadlineAt: d(72),
  resolvedAt: null,
  ...over,
});

describe("negative-review report figures", () => {
  it("counts cases, the median first response, resolutions before the deadline and rating changes", () => {
    const s = summarizeCases([
      c({ firstResponseMs: 10 * 60_000, status: "RESOLVED", resolvedAt: d(10), finalRating: 5 }),
      c({ firstResponseMs: 30 * 60_000, status: "RESOLVED", resolvedAt: d(80), finalRating: 1 }),
      c({ firstResponseMs: 90 * 60_000, status: "PUBLISHED" }),
      c({ status: "RESOLVED", resolvedAt: d(5), deadlineAt: null, originalRating: 3, finalRating: 4 }),
    ]);
    expect(s).toEqual({
      cases: 4,
      medianFirstResponseMinutes: 30,
      resolvedBeforeDeadline: 2,
      ratingsImproved: 2,
      averageRatingChange: 1,
    });
  });

  it("empty groups have no median or average", () => {
    expect(summarizeCases([])).toEqual({
      cases: 0,
      medianFirstResponseMinutes: null,
      resolvedBeforeDeadline: 0,
      ratingsImproved: 0,
      averageRatingChange: null,
    });
  });
});
