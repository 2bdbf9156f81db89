import { z } from "zod";
import { boundedEditDistance } from "@/lib/ai/classify/normalize";
import { isLightEdit, recordReplyExample } from "@/lib/ai/examples/record-reply-example";
import { prisma } from "@/lib/db";

export const draftOutcomeSchema = z.enum(["inserted", "edited", "discarded", "regenerated", "no_reply"]);
export type DraftOutcome = z.infer<typeof draftOutcomeSchema>;

// Texts are compared up to this many characters each: the longest marketplace limit is 5,000 and a
// reply that differs in its first 2,000 characters has told us what we need.
const COMPARE_CHARS = 2_000;
// Sent text that differs from the draft by more than this share of its length is the operator's own.
const DISCARDED_SHARE = 0.6;

/** Character edit distance between the draft and what was sent (optimal string alignment). */
export function draftEditDistance(draft: string, sent: string): number {
  const a = draft.trim().slice(0, COMPARE_CHARS);
  const b = sent.trim().slice(0, COMPARE_CHARS);
  return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

export function outcomeOfSend(draft: string, sent: string): { outcome: DraftOutcome; editDistance: number } {
  const editDistance = draftEditDistance(draft, sent);
  if (editDistance === 0) return { outcome: "inserted", editDistance };
  const share = editDistance / Math.max(1, draft.trim().length, sent.trim().length);
  return { outcome: share > DISCARDED_SHARE ? "discarded" : "edited", editDistance };
}

/**
 * Records what happened to a draft. The first decision stands: a draft regenerated and later sent by
 * someone else's hand stays "regenerated". Scoped to the workspace: another workspace's draft is ignored.
 */
export async function recordDraftOutcome({
  workspaceId,
  draftId,
  outcome,
  editDistance,
  userId,
}: {
  workspaceId: string;
  draftId: string;
  outcome: DraftOutcome;
  editDistance?: number;
  /** Who decided: the member who sent or resolved. */
  userId?: string | null;
}): Promise<boolean> {
  const draft = await prisma().aiDraft.findFirst({
    where: { id: draftId, chat: { workspaceId } },
    select: { id: true, outcome: { select: { draftId: true } }, chat: { select: { marketplace: true, kind: true } } },
  });
  if (!draft || draft.outcome) return false;
  await prisma().aiDraftOutcome.upsert({
    where: { draftId: draft.id },
    create: {
      draftId: draft.id,
      workspaceId,
      marketplace: draft.chat.marketplace,
      kind: draft.chat.kind,
      outcome,
      editDistance: editDistance ?? null,
      userId: userId ?? null,
    },
    update: {},
  });
  return true;
}

/** The chat's newest draft that nobody has acted on yet. */
export async function pendingDraft({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  return prisma().aiDraft.findFirst({
    where: { chatId, chat: { workspaceId }, outcome: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, text: true },
  });
}

/**
 * An operator's reply was sent: the chat's pending draft was used as is, edited, or set aside. A
 * reply sent as is or lightly edited becomes a few-shot example for later drafts.
 */
export async function recordReplyOutcome({
  workspaceId,
  chatId,
  text,
  userId,
}: {
  workspaceId: string;
  chatId: string;
  text: string;
  userId?: string | null;
}): Promise<void> {
  const draft = await pendingDraft({ workspaceId, chatId });
  if (!draft) return;
  const { outcome, editDistance } = outcomeOfSend(draft.text, text);
  const recorded = await recordDraftOutcome({ workspaceId, draftId: draft.id, userId, outcome, editDistance });
  if (recorded && outcome !== "discarded" && isLightEdit({ editDistance, draftText: draft.text, sentText: text })) {
    await recordReplyExample({ workspaceId, draftId: draft.id, replyText: text, editDistance });
  }
}
