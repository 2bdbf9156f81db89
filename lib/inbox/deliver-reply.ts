import { syncResponseWaits } from "@/lib/reports/sync-response-waits";
import { cutText } from "@/lib/text/cut-text";
import { connectorForAccount, markAccountError } from "@/lib/accounts/account-connector";
import type { TypedMessageType } from "@/lib/ai/types";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { readReplyMessage, type ReplyChat, type ReplyMessage } from "@/lib/inbox/reply-message";
import { logger } from "@/lib/log";
import { withDomainEvent, withDomainEvents } from "@/lib/events/bus";
import { MarketplaceAuthError, MarketplaceError, MarketplaceRejectedError } from "@/lib/marketplaces/http/errors";
import { describeSendFailure, INTERNAL_SEND_FAILURE, type SendFailure } from "@/lib/inbox/send-failure";
import type { OutgoingFile } from "@/lib/marketplaces/schemas";

const log = logger("send-reply");

/**
 * Hands a stored PENDING reply to the marketplace and records the outcome. Called with no database
 * transaction open (the connector call may take seconds). Never throws for marketplace trouble:
 * the message ends FAILED with a reason the operator can act on, and its text stays in the thread.
 */
export async function deliverReply({
  chat,
  messageId,
  text,
  files,
  amazonMessageType,
}: {
  chat: ReplyChat;
  messageId: string;
  text: string;
  files: OutgoingFile[];
  amazonMessageType?: TypedMessageType;
}): Promise<ReplyMessage> {
  let externalId: string | null = null;
  let warnings: string[] = [];
  try {
    const connector = connectorForAccount({ account: chat.account });
    if (chat.kind === "CHAT") {
      const sent = await connector.sendMessage({
        chat: { externalId: chat.externalId, replyToken: chat.replyToken },
        text,
        files,
        messageType: amazonMessageType,
      });
      externalId = sent.externalId;
      warnings = sent.warnings;
    } else {
      // Product questions and reviews are answered publicly, not in a chat. A second answer to the same
      // review replaces the first where the marketplace keeps one answer (Wildberries edits it).
      const answered = await prisma().message.count({
        where: {
          chatId: chat.id,
          author: "SELLER",
          id: { not: messageId },
          OR: [{ status: "SENT" }, { status: null }],
        },
      });
      const res = await connector.answerReview({
        review: { externalId: chat.externalId, kind: chat.kind === "QUESTION" ? "question" : "review" },
        text,
        edit: answered > 0,
      });
      externalId = res.answerExternalId;
    }
  } catch (error) {
    const reason = await failureReason({ chat, messageId, error });
    await withDomainEvent({ name: "inbox/messages.updated", data: { chatIds: [chat.id] } }, (tx) =>
      tx.message.update({
        where: { id: messageId },
        data: { status: "FAILED", error: reason.code, errorParams: reason.params ?? Prisma.DbNull, sendingSince: null },
      }),
    );
    log.info("reply failed", {
      messageId,
      chatId: chat.id,
      accountId: chat.account.id,
      code: error instanceof MarketplaceError ? error.code : "internal",
    });
    return readReplyMessage({ messageId });
  }

  // An edited answer keeps its id, which an earlier message of the chat may already carry.
  const taken = externalId
    ? await prisma().message.findFirst({ where: { chatId: chat.id, externalId }, select: { id: true } })
    : null;
  // Announced as inbox/reply.sent: a retried follow-up settles with it, negative-review cases and the stream follow.
  const message = await withDomainEvents(async (tx, publish) => {
    const sent = await tx.message.update({
      where: { id: messageId },
      data: {
        status: "SENT",
        error: warnings.length ? warnings.join("; ") : null,
        sendingSince: null,
        ...(externalId && !taken ? { externalId } : {}),
      },
      select: { createdAt: true },
    });
    await publish({ name: "inbox/reply.sent", data: { chatId: chat.id, messageId } });
    return sent;
  });
  await markChatAnswered({ chatId: chat.id, at: message.createdAt, text });
  log.info("reply sent", { messageId, chatId: chat.id, accountId: chat.account.id, warnings: warnings.length });
  return readReplyMessage({ messageId });
}

/** The chat's newest message is now this reply (unless a buyer wrote meanwhile), and it is no longer waiting. */
export async function markChatAnswered({ chatId, at, text }: { chatId: string; at: Date; text: string }) {
  // Conditional updates: a buyer message that arrived while we were sending stays the newest and
  // keeps the chat waiting.
  await withDomainEvent({ name: "inbox/chat.answered", data: { chatId } }, async (db) => {
    await db.chat.updateMany({
      where: { id: chatId, lastMessageAt: { lte: at } },
      data: { lastMessageAt: at, lastMessagePreview: cutText(text, 140), lastMessageNotice: Prisma.DbNull },
    });
    await db.chat.updateMany({
      where: { id: chatId, OR: [{ awaitingReplySince: null }, { awaitingReplySince: { lte: at } }] },
      data: { awaitingReplySince: null, unreadCount: 0, slaDueAt: null, isNewChat: false },
    });
    // The buyer's wait ends with this reply (reports).
    await syncResponseWaits({ db, chatIds: [chatId] });
  });
}

async function failureReason({
  chat,
  messageId,
  error,
}: {
  chat: ReplyChat;
  messageId: string;
  error: unknown;
}): Promise<SendFailure> {
  const fields = { messageId, chatId: chat.id, accountId: chat.account.id };
  if (error instanceof MarketplaceAuthError) {
    await markAccountError({ accountId: chat.account.id, error }).catch((e: unknown) =>
      log.error("markAccountError failed", { ...fields, error: e instanceof Error ? e.message : String(e) }),
    );
  } else if (error instanceof MarketplaceError && !(error instanceof MarketplaceRejectedError)) {
    log.warn("marketplace error", { ...fields, code: error.code, status: error.status });
  }
  const reason = describeSendFailure(error);
  if (reason !== null) return reason;
  log.error("send failed", {
    ...fields,
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
  return INTERNAL_SEND_FAILURE;
}
