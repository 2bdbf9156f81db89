import { prisma } from "@/lib/db";
import { withDomainEvent } from "@/lib/events/bus";

/**
 * Wildberries publishes the review when the window closes: an unresolved case whose deadline has
 * passed becomes PUBLISHED (with the rating as it then stood). `caseId` narrows it to one case.
 */
export async function publishDueCases({
  caseId,
  now = new Date(),
}: { caseId?: string; now?: Date } = {}): Promise<number> {
  const rows = await prisma().negativeReviewCase.findMany({
    where: { ...(caseId ? { id: caseId } : {}), status: "IN_PROGRESS", hasHoldWindow: true, deadlineAt: { lte: now } },
    select: { id: true, deadlineAt: true },
  });
  let published = 0;
  for (const row of rows) {
    const done = await withDomainEvent<{ count: number }>(
      (r) => (r.count ? { name: "negative-reviews/case.changed", data: { caseId: row.id } } : []),
      (tx) =>
        tx.negativeReviewCase.updateMany({
          where: { id: row.id, status: "IN_PROGRESS" },
          data: { status: "PUBLISHED", publishedAt: row.deadlineAt },
        }),
    );
    published += done.count;
  }
  return published;
}
