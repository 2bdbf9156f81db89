import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { advanceNegativeReviewCases } from "@/lib/negative-reviews/advance-negative-review-cases";
import { withDomainEvent } from "@/lib/events/bus";

export const relinkSchema = z.object({ chatId: z.string().min(1).max(100).nullable() });

/**
 * The operator fixes the review–chat link (or removes it). Only a chat of the same account and
 * workspace can be linked; the link becomes MANUAL and the automatic linker leaves it alone. The
 * buyer's reply and the seller's response are then read from the new chat.
 */
export async function relinkNegativeReviewCase({
  workspaceId,
  caseId,
  input,
}: {
  workspaceId: string;
  caseId: string;
  input: z.infer<typeof relinkSchema>;
}) {
  const db = prisma();
  const kase = await db.negativeReviewCase.findFirst({
    where: { id: caseId, workspaceId },
    select: { id: true, accountId: true, hasHoldWindow: true },
  });
  if (!kase) throw notFound("Case not found");
  if (!kase.hasHoldWindow)
    throw new AppError("unprocessable", "This marketplace answers the review itself: there is no chat to link");
  if (input.chatId) {
    const chat = await db.chat.findFirst({
      where: { id: input.chatId, workspaceId, accountId: kase.accountId, kind: "CHAT" },
      select: { id: true },
    });
    if (!chat) throw notFound("Chat not found");
    const taken = await db.negativeReviewCase.findFirst({
      where: { chatId: chat.id, id: { not: caseId } },
      select: { id: true },
    });
    if (taken) throw new AppError("conflict", "That chat is linked to another review");
  }
  // The window and first response are re-read from the new chat.
  await withDomainEvent({ name: "negative-reviews/case.changed", data: { caseId, workspaceId } }, async (tx) => {
    await tx.negativeReviewCase.update({
      where: { id: caseId },
      data: {
        chatId: input.chatId,
        linkConfidence: "MANUAL",
        firstBuyerReplyAt: null,
        deadlineAt: null,
        firstSellerResponseAt: null,
        firstResponseMs: null,
      },
    });
    await tx.negativeReviewCase.updateMany({
      where: { id: caseId, status: "IN_PROGRESS" },
      data: { status: "AWAITING_BUYER" },
    });
  });
  await advanceNegativeReviewCases({ caseIds: [caseId] });
  return { id: caseId, chatId: input.chatId, linkConfidence: "MANUAL" as const };
}
