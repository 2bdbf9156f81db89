import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isNegativeReviewChat } from "@/lib/inbox/build-draft-context";
import { DRAFT_SELECT, toDraftView, type DraftView } from "@/lib/inbox/draft-view";

/**
 * The newest stored AI draft of a chat, and whether the buyer wrote again after it was made (the
 * panel then suggests regenerating rather than inserting an answer to an older question).
 */
export async function getLatestDraft({
  workspaceId,
  chatId,
}: {
  workspaceId: string;
  chatId: string;
}): Promise<{ draft: DraftView | null; stale: boolean; negativeReview: boolean }> {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    select: {
      id: true,
      kind: true,
      rating: true,
      messages: { where: { author: "MARKETPLACE" }, select: { text: true }, take: 20 },
    },
  });
  if (!chat) throw notFound("Chat not found");
  const negativeReview = isNegativeReviewChat({
    kind: chat.kind,
    rating: chat.rating,
    marketplaceTexts: chat.messages.map((m) => m.text),
  });
  const row = await prisma().aiDraft.findFirst({
    where: { chatId: chat.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: DRAFT_SELECT,
  });
  if (!row) return { draft: null, stale: false, negativeReview };
  const newer = await prisma().message.count({
    where: { chatId: chat.id, author: "BUYER", createdAt: { gt: row.createdAt } },
  });
  return { draft: toDraftView(row), stale: newer > 0, negativeReview };
}
