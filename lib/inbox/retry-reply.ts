import type { TypedMessageType } from "@/lib/ai/types";
import { prisma } from "@/lib/db";
import { withDomainEvent } from "@/lib/events/bus";
import { AppError, notFound } from "@/lib/errors";
import { assertReplyAllowed } from "@/lib/inbox/check-reply";
import { deliverReply } from "@/lib/inbox/deliver-reply";
import { loadReplyChat, readReplyMessage, type ReplyMessage } from "@/lib/inbox/reply-message";
import type { OutgoingFile } from "@/lib/marketplaces/schemas";

/**
 * Sends a FAILED reply again, same text. Only a FAILED message is claimed (FAILED -> PENDING in one
 * conditional update), so a double click or two operators retrying at once send it once; a message
 * that is already SENT or PENDING is returned as it is. Files are not stored, so a reply that had
 * files needs them again (the composer still holds them; after a reload the operator re-attaches).
 */
export async function retryReply({
  workspaceId,
  chatId,
  messageId,
  files = [],
  amazonMessageType,
}: {
  workspaceId: string;
  chatId: string;
  messageId: string;
  files?: OutgoingFile[];
  amazonMessageType?: TypedMessageType;
}): Promise<ReplyMessage> {
  const chat = await loadReplyChat({ workspaceId, chatId });
  const message = await prisma().message.findFirst({
    where: { id: messageId, chatId: chat.id, author: "SELLER" },
    select: { id: true, status: true, text: true, attachments: { select: { fileName: true, size: true } } },
  });
  if (!message) throw notFound("Message not found");
  if (message.status !== "FAILED") return readReplyMessage({ messageId: message.id });

  if (!sameFiles(message.attachments, files)) {
    throw new AppError("conflict", "Attach the same files again to retry this reply", {
      details: { reason: "files_needed", files: message.attachments.map((a) => a.fileName) },
    });
  }
  // Rules may have changed since the first attempt (or the chat moved to another kind of answer).
  assertReplyAllowed({ chat, text: message.text, files, amazonMessageType });

  const claimed = await withDomainEvent(
    { name: "inbox/messages.updated", data: { workspaceId, chatIds: [chat.id] } },
    (tx) =>
      tx.message.updateMany({
        where: { id: message.id, status: "FAILED" },
        data: { status: "PENDING", error: null, sendingSince: new Date() },
      }),
  );
  if (claimed.count === 0) return readReplyMessage({ messageId: message.id });
  // A retried scheduled message settles with the send (inbox/reply.sent, lib/follow-ups/follow-up-subscribers.ts).
  return deliverReply({ chat, messageId: message.id, text: message.text, files, amazonMessageType });
}

function sameFiles(stored: { fileName: string; size: number | null }[], files: OutgoingFile[]): boolean {
  if (stored.length !== files.length) return false;
  const key = (name: string, size: number | null) => `${name}\u0000${size ?? ""}`;
  const want = stored.map((a) => key(a.fileName, a.size)).sort();
  const got = files.map((f) => key(f.fileName, f.bytes.byteLength)).sort();
  return want.every((k, i) => k === got[i]);
}
