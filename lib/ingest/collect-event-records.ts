import { MarketplaceUnsupportedError } from "@/lib/marketplaces/http/errors";
import type { Chat, Message, SkippedRecord, WebhookEvent } from "@/lib/marketplaces/schemas";
import type { MarketplaceConnector } from "@/lib/marketplaces/types";

/**
 * Fetches what one push refers to from the marketplace (network, outside any transaction) into the account's
 * batch: the message and, for a chat not stored yet, the chat; a new chat's history where the marketplace
 * keeps one. Reviews and closed chats are handed back to the caller.
 */
export async function collectEventRecords({
  connector,
  event,
  known,
  into: { chats, messages, skipped },
  onReview,
  closed,
}: {
  connector: MarketplaceConnector;
  event: WebhookEvent;
  known: Set<string>;
  /** The account's batch, stored in one upsert once every push is read. */
  into: { chats: Map<string, Chat>; messages: Message[]; skipped: SkippedRecord[] };
  onReview: (reviewExternalId: string) => void;
  closed: (chatExternalId: string) => void;
}) {
  switch (event.type) {
    case "message.created":
    case "message.updated": {
      // An edit of a message never stored (its push was lost) stores it, with the edited text.
      messages.push(
        event.message ??
          (await connector.fetchMessage({
            chatExternalId: event.chatExternalId,
            messageExternalId: event.messageExternalId,
          })),
      );
      if (!known.has(event.chatExternalId) && !chats.has(event.chatExternalId)) {
        const chat = await fetchChatOrNull(connector, event.chatExternalId);
        if (chat) chats.set(chat.externalId, chat);
        known.add(event.chatExternalId);
      }
      return;
    }
    case "chat.created": {
      const chat = await fetchChatOrNull(connector, event.chatExternalId);
      if (chat) chats.set(chat.externalId, chat);
      if (connector.capabilities.chatHistory) {
        const page = await connector.listMessages({
          chat: { externalId: event.chatExternalId, replyToken: chat?.replyToken ?? null },
        });
        messages.push(...page.items);
        skipped.push(...(page.skipped ?? []));
      }
      return;
    }
    case "chat.closed":
      closed(event.chatExternalId);
      return;
    case "review.created":
      onReview(event.reviewExternalId);
      return;
    case "review.comment":
    case "conversation.message":
    case "chat.dispute":
    case "messages.read":
    case "ping":
    case "ignored":
      return;
  }
}

export async function fetchChatOrNull(connector: MarketplaceConnector, chatExternalId: string): Promise<Chat | null> {
  try {
    return await connector.fetchChat({ chatExternalId });
  } catch (error) {
    if (error instanceof MarketplaceUnsupportedError) return null;
    throw error;
  }
}
