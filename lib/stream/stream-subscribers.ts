import { defineSubscriber } from "@/lib/events/bus";
import { recordStreamEvent, type StreamEventInput } from "@/lib/stream/record-stream-event";

/** What the live stream carries when the message store announces a change (lib/events/domain-events.ts). */
export const STREAM_SUBSCRIBERS = [
  // Threads with new messages, chats that appeared or closed: outbox rows in the change's transaction.
  // Registered last, so this is the transaction's last statement where possible (the workspace's stream
  // lock is held from here to the commit).
  defineSubscriber({
    id: "stream.messages-stored",
    event: "inbox/messages.stored",
    phase: "in-transaction",
    handle: ({ workspaceId, messageChatIds, changedChatIds }, { tx }) => {
      const events: StreamEventInput[] = messageChatIds.map((chatId) => ({ workspaceId, type: "message", chatId }));
      const withMessages = new Set(messageChatIds);
      for (const chatId of changedChatIds) if (!withMessages.has(chatId)) events.push({ workspaceId, type: "chat", chatId });
      return recordStreamEvent(tx, events);
    },
  }),
];
