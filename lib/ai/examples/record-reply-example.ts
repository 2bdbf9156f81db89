import { checkText } from "@/lib/ai/guardrails/check-text";
import { prisma } from "@/lib/db";
import { FULL_MESSAGE_TEXT_SELECT, fullMessageText } from "@/lib/text/review-text";

// A reply is a model for later drafts when the operator sent the draft as is or changed at most this
// share of it (a greeting, a word); heavier edits mean the draft was not what the shop would say.
export const LIGHT_EDIT_SHARE = 0.25;
const MAX_TEXT = 1500;

export function isLightEdit({
  editDistance,
  draftText,
  sentText,
}: {
  editDistance: number;
  draftText: string;
  sentText: string;
}): boolean {
  return editDistance / Math.max(1, draftText.trim().length, sentText.trim().length) <= LIGHT_EDIT_SHARE;
}

/**
 * Keeps the buyer's message the draft answered (the latest one before the draft) and the reply the
 * operator sent, as a few-shot example for the workspace's later LLM drafts, when the reply passes the
 * guardrails. Scoped to the workspace; once per draft.
 */
export async function recordReplyExample({
  workspaceId,
  draftId,
  replyText,
  editDistance,
}: {
  workspaceId: string;
  draftId: string;
  replyText: string;
  editDistance: number;
}): Promise<boolean> {
  const reply = replyText.trim().slice(0, MAX_TEXT);
  if (!reply) return false;
  const draft = await prisma().aiDraft.findFirst({
    where: { id: draftId, chat: { workspaceId } },
    select: { id: true, chatId: true, createdAt: true, chat: { select: { marketplace: true, kind: true } } },
  });
  if (!draft) return false;
  // A reply the guardrails would block (an operator added a handle) must never teach later drafts.
  if (!checkText({ text: reply, marketplace: draft.chat.marketplace }).ok) return false;
  const buyer = await prisma().message.findFirst({
    where: { chatId: draft.chatId, author: "BUYER", createdAt: { lte: draft.createdAt } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: FULL_MESSAGE_TEXT_SELECT,
  });
  const buyerText = buyer ? fullMessageText(buyer).trim().slice(0, MAX_TEXT) : undefined;
  if (!buyerText) return false;
  await prisma().replyExample.upsert({
    where: { draftId: draft.id },
    create: {
      workspaceId,
      draftId: draft.id,
      marketplace: draft.chat.marketplace,
      kind: draft.chat.kind,
      buyerText,
      replyText: reply,
      editDistance,
    },
    update: {},
  });
  return true;
}
