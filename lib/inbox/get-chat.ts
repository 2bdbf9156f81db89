import { accountName } from "@/lib/accounts/account-name";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { effectiveDueAt } from "@/lib/inbox/chat-sla";
import { disputeState } from "@/lib/inbox/dispute-state";
import { ensureBuyerLocale } from "@/lib/inbox/ensure-buyer-locale";
import { replyRulesFor } from "@/lib/inbox/reply-rules";

/**
 * A chat of the member's workspace; another workspace's id is indistinguishable from a missing one.
 * Carries the chat's reply rules so the composer needs no marketplace tables of its own, and leaves out
 * the connector's reply token, which only the send service uses.
 */
export async function getChat({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    omit: { replyToken: true },
    include: {
      account: { select: { id: true, name: true, marketplace: true, status: true, identityKey: true } },
      assignee: { select: { id: true, name: true } },
    },
  });
  if (!chat) throw notFound("Chat not found");
  const buyerLocale = await ensureBuyerLocale({ chat });
  const { identityKey: _identity, ...account } = chat.account;
  return {
    ...chat,
    account: { ...account, name: accountName(chat.account) },
    buyerLocale,
    dueAt: effectiveDueAt(chat),
    dispute: disputeState(chat),
    replyRules: replyRulesFor({ marketplace: chat.marketplace, kind: chat.kind }),
  };
}
