import { prisma } from "@/lib/db";
import { emitCaseEvent } from "@/lib/negative-reviews/emit-case-event";
import { descriptorOf } from "@/lib/marketplaces/registry";
import { withDomainEvent } from "@/lib/events/bus";

const DELIVERED = [{ status: null }, { status: "SENT" as const }];

/**
 * Moves cases on from the messages of their linked chat: the buyer's first reply starts the hold window
 * (its length is the marketplace descriptor's reviewCases.holdWindowMs, 72 hours on Wildberries) and
 * tells the reminder function the deadline; the first delivered seller message is the first response. Recomputed from stored messages, so running it twice or late changes nothing.
 */
export async function advanceNegativeReviewCases({
  caseIds,
}: {
  caseIds: string[];
}): Promise<{ buyerReplied: string[]; responded: string[] }> {
  const db = prisma();
  const buyerReplied: string[] = [];
  const responded: string[] = [];
  if (!caseIds.length) return { buyerReplied, responded };
  const cases = await db.negativeReviewCase.findMany({
    where: {
      id: { in: caseIds },
      chatId: { not: null },
      OR: [{ firstSellerResponseAt: null }, { hasHoldWindow: true, firstBuyerReplyAt: null }],
    },
  });
  for (const c of cases) {
    const chatId = c.chatId!;
    if (c.hasHoldWindow && !c.firstBuyerReplyAt) {
      const first = await db.message.findFirst({
        where: { chatId, author: "BUYER" },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true },
      });
      const holdWindowMs = descriptorOf({ marketplace: c.marketplace }).reviewCases?.holdWindowMs;
      if (first && holdWindowMs) {
        const deadlineAt = new Date(first.createdAt.getTime() + holdWindowMs);
        const set = await withDomainEvent(
          { name: "negative-reviews/case.changed", data: { caseId: c.id, workspaceId: c.workspaceId, chatId } },
          async (tx) => {
            const started = await tx.negativeReviewCase.updateMany({
              where: { id: c.id, firstBuyerReplyAt: null },
              data: { firstBuyerReplyAt: first.createdAt, deadlineAt },
            });
            await tx.negativeReviewCase.updateMany({
              where: { id: c.id, status: "AWAITING_BUYER" },
              data: { status: "IN_PROGRESS" },
            });
            return started;
          },
        );
        if (set.count) {
          buyerReplied.push(c.id);
          await emitCaseEvent({ event: "buyerReplied", caseId: c.id, deadlineAt });
        }
      }
    }
    if (!c.firstSellerResponseAt) {
      const seller = await db.message.findFirst({
        where: { chatId, author: "SELLER", OR: DELIVERED },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true },
      });
      if (seller) {
        const ms = Math.max(0, seller.createdAt.getTime() - c.reviewCreatedAt.getTime());
        const set = await withDomainEvent<{ count: number }>(
          (r) =>
            r.count
              ? { name: "negative-reviews/case.changed", data: { caseId: c.id, workspaceId: c.workspaceId, chatId } }
              : [],
          (tx) =>
            tx.negativeReviewCase.updateMany({
              where: { id: c.id, firstSellerResponseAt: null },
              data: { firstSellerResponseAt: seller.createdAt, firstResponseMs: Math.min(ms, 2_000_000_000) },
            }),
        );
        if (set.count) responded.push(c.id);
      }
    }
  }
  return { buyerReplied, responded };
}
