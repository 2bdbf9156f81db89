import { prisma } from "@/lib/db";
import { isReviewTemplateMessage, proposeLinks } from "@/lib/negative-reviews/link-heuristic";
import { OPEN_CASE_STATUSES } from "@/lib/negative-reviews/constants";
import { withDomainEvent } from "@/lib/events/bus";

/**
 * Links an account's unlinked Wildberries cases to the template chats the marketplace opened about
 * them (heuristic in link-heuristic.ts). Runs when a case opens and when a template chat arrives,
 * whichever comes second finds the other; idempotent. Returns the linked case ids.
 */
export async function linkNegativeReviewChats({ accountId }: { accountId: string }): Promise<string[]> {
  const db = prisma();
  const cases = await db.negativeReviewCase.findMany({
    where: {
      accountId,
      hasHoldWindow: true,
      chatId: null,
      linkConfidence: null,
      status: { in: [...OPEN_CASE_STATUSES] },
    },
    select: { id: true, productId: true, customerName: true, reviewCreatedAt: true },
  });
  if (!cases.length) return [];
  const rows = await db.chat.findMany({
    where: { accountId, kind: "CHAT", linkedReviews: { none: {} }, messages: { some: { author: "MARKETPLACE" } } },
    select: {
      id: true,
      productId: true,
      customerName: true,
      messages: {
        where: { author: "MARKETPLACE" },
        orderBy: { createdAt: "asc" },
        take: 3,
        select: { author: true, text: true, createdAt: true },
      },
    },
  });
  const chats = rows.flatMap((chat) => {
    const template = chat.messages.find((m) => isReviewTemplateMessage(m));
    return template
      ? [{ id: chat.id, productId: chat.productId, customerName: chat.customerName, openedAt: template.createdAt }]
      : [];
  });
  const linked: string[] = [];
  for (const link of proposeLinks({ cases, chats })) {
    // Conditional: an operator's link made meanwhile wins.
    const done = await withDomainEvent<{ count: number }>(
      (r) =>
        r.count ? { name: "negative-reviews/case.changed", data: { caseId: link.caseId, chatId: link.chatId } } : [],
      (tx) =>
        tx.negativeReviewCase.updateMany({
          where: { id: link.caseId, chatId: null, linkConfidence: null },
          data: { chatId: link.chatId, linkConfidence: link.confidence },
        }),
    );
    if (done.count) linked.push(link.caseId);
  }
  return linked;
}
