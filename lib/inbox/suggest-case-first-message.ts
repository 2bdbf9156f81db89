import { draftReply } from "@/lib/ai/draft-reply";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { aiConfig } from "@/lib/inbox/ai-config";
import { buildDraftContext } from "@/lib/inbox/build-draft-context";

/**
 * An empathetic first message for the case's chat, from the AI drafter (the offline drafter without
 * a key): the chat with the marketplace's template reads as a negative review, so the draft
 * apologises and offers a fix. Inserted into the composer; never sent by itself. With the inbox's
 * drafting: lib/negative-reviews never imports the inbox (the chat list reads its case columns).
 */
export async function suggestFirstMessage({ workspaceId, caseId }: { workspaceId: string; caseId: string }) {
  const kase = await prisma().negativeReviewCase.findFirst({
    where: { id: caseId, workspaceId },
    select: { chatId: true, reviewChatId: true, text: true, rating: true },
  });
  if (!kase) throw notFound("Case not found");
  const chatId = kase.chatId ?? kase.reviewChatId;
  if (!chatId) throw new AppError("unprocessable", "The review has no chat yet");
  const { context } = await buildDraftContext({ workspaceId, chatId });
  // Before the buyer writes, the draft answers the review itself.
  const buyerWrote = context.messages.some((m) => m.author === "buyer");
  const reviewText = !buyerWrote && kase.text.trim() ? kase.text.trim().slice(0, 2000) : undefined;
  const draft = await draftReply({
    context: {
      ...context,
      isNegativeReview: true,
      ...(reviewText ? { reviewText, rating: context.rating ?? clampRating(kase.rating) } : {}),
    },
    config: aiConfig(),
  });
  return { text: draft.text, source: draft.source };
}

const clampRating = (rating: number) => (rating >= 1 && rating <= 5 ? rating : undefined);
