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
    select: { chatId: true, reviewChatId: true },
  });
  if (!kase) throw notFound("Case not found");
  const chatId = kase.chatId ?? kase.reviewChatId;
  if (!chatId) throw new AppError("unprocessable", "The review has no chat yet");
  const { context } = await buildDraftContext({ workspaceId, chatId });
  const draft = await draftReply({ context: { ...context, isNegativeReview: true }, config: aiConfig() });
  return { text: draft.text, source: draft.source };
}
