import type { WebhookEvent } from "@/lib/marketplaces/schemas";

/** One key per fact, so a redelivered push (any marketplace, any payload id) is stored once. */
export function webhookDedupKey(event: WebhookEvent): string | null {
  switch (event.type) {
    case "message.created":
      return `message:${event.chatExternalId}:${event.messageExternalId}`;
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
