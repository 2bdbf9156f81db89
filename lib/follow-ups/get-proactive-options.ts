import { checkProactive } from "@/lib/follow-ups/check-proactive";
import { loadReplyChat } from "@/lib/inbox/reply-message";
import { TEXT_MESSAGE_TYPES } from "@/lib/marketplaces/proactive-policy";

/** For the thread's "Запланировать": may the seller write first here, and with which Amazon types. */
export async function getProactiveOptions({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const chat = await loadReplyChat({ workspaceId, chatId });
  const { verdict, offeredTypes } = await checkProactive({ chat, purpose: "manual" });
  const messageTypes = offeredTypes ? TEXT_MESSAGE_TYPES.filter((t) => offeredTypes.includes(t)) : [];
  // "Choose a type" is not a refusal: the picker is how the operator answers it.
  const allowed = verdict.ok || verdict.refusal.code === "type_required";
  return { allowed, refusal: allowed || verdict.ok ? null : verdict.refusal, messageTypes };
}
