// The Negative reviews report's figures for one group of cases (a marketplace, an operator, all).

export type ReportCase = {
  status: "AWAITING_BUYER" | "IN_PROGRESS" | "RESOLVED" | "PUBLISHED";
  originalRating: number;
  finalRating: number | null;
  firstResponseMs: number | null;
  deadlineAt: Date | null;
  resolvedAt: Date | null;
};

export type CaseSummary = {
  cases: number;
  medianFirstResponseMinutes: number | null;
  resolvedBeforeDeadline: number;
  ratingsImproved: number;
  averageRatingChange: number | null;
};

export function summarizeCases(cases: ReportCase[]): CaseSummary {
  const responses = cases.flatMap((c) => (c.firstResponseMs === null ? [] : [c.firstResponseMs])).sort((a, b) => a - b);
  const changed = cases.filter((c) => c.finalRating !== null);
  return {
    cases: cases.length,
    medianFirstResponseMinutes: responses.length ? Math.round(median(responses) / 60_000) : null,
    // Without a hold window (Yandex Market) there is no deadline: resolving at all counts.
    resolvedBeforeDeadline: cases.filter(
      (c) => c.status === "RESOLVED" && c.resolvedAt && (!c.deadlineAt || c.resolvedAt <= c.deadlineAt),
    ).length,
    ratingsImproved: changed.filter((c) => c.finalRating! > c.originalRating).length,
    averageRatingChange: changed.length
      ? round2(changed.reduce((sum, c) => sum + (c.finalRating! - c.originalRating), 0) / changed.length)
      : null,
  };
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
