import { createHash } from "node:crypto";
import type { WebhookEvent } from "@/lib/marketplaces/schemas";

/**
 * One key per fact, so a redelivered push (any marketplace, any payload id) is stored once. The chat's
 * external id is always the second segment (processing looks chats up by it).
 */
export function webhookDedupKey(event: WebhookEvent): string | null {
  switch (event.type) {
    case "message.created":
      return `message:${event.chatExternalId}:${event.messageExternalId}`;
    case "message.updated":
      // Each edit is a fact of its own: the time and the new text tell two edits apart, a redelivery is the same.
      return `message-edit:${event.chatExternalId}:${event.messageExternalId}:${event.editedAt}:${textHash(event.message.text)}`;
    case "messages.read":
      return `read:${event.chatExternalId}:${event.upToMessageExternalId}`;
    case "chat.created":
      return `chat:${event.chatExternalId}`;
    case "chat.closed":
      return `chat-closed:${event.chatExternalId}`;
    case "review.created":
      return `${event.kind}:${event.reviewExternalId}`;
    case "review.comment":
      return `review-comment:${event.commentExternalId}`;
    case "chat.dispute":
      return `dispute:${event.chatExternalId}:${event.state}:${event.at}`;
    case "conversation.message":
      return `${event.chat.kind}-message:${event.chat.externalId}:${event.message.externalId}`;
    case "ping":
    case "ignored":
      return null;
  }
}

function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
