import { pendingDraft, recordDraftOutcome } from "@/lib/ai/outcomes/record-draft-outcome";
import { updateChat } from "@/lib/inbox/update-chat";

/**
 * "Ответ не нужен": the buyer only acknowledged, so the chat is resolved without a reply and the
 * draft that suggested it is counted as accepted.
 */
export async function resolveWithoutReply({
  workspaceId,
  chatId,
  userId,
}: {
  workspaceId: string;
  chatId: string;
  userId?: string;
}) {
  const draft = await pendingDraft({ workspaceId, chatId });
  const chat = await updateChat({ workspaceId, chatId, update: { status: "RESOLVED" } });
  if (draft) await recordDraftOutcome({ workspaceId, draftId: draft.id, outcome: "no_reply", userId });
  return chat;
}
