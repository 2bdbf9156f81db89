import { defineSubscriber } from "@/lib/events/bus";
import { recordStreamEvent, type StreamEventInput } from "@/lib/stream/record-stream-event";

/**
 * What the live stream carries when a domain announces a change (lib/events/domain-events.ts): outbox
 * rows in the change's transaction. Registered last, so each is the transaction's last statement where
 * possible (the workspace's stream lock is held from here to the commit).
 */
export const STREAM_SUBSCRIBERS = [
  // Threads with new messages, chats that appeared or closed.
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
  // Assignment, snooze, status, labels: one event per chat, or one for the workspace when many changed.
  defineSubscriber({
    id: "stream.chats-updated",
    event: "inbox/chats.updated",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds }, { tx }) =>
      recordStreamEvent(tx, chatIds ? chatIds.map((chatId) => ({ workspaceId, type: "chat" as const, chatId })) : { workspaceId, type: "chat" }),
  }),
  defineSubscriber({
    id: "stream.note-added",
    event: "inbox/note.added",
    phase: "in-transaction",
    handle: ({ workspaceId, chatId }, { tx }) => recordStreamEvent(tx, { workspaceId, type: "note", chatId }),
  }),
  defineSubscriber({
    id: "stream.note-deleted",
    event: "inbox/note.deleted",
    phase: "in-transaction",
    handle: ({ workspaceId, chatId }, { tx }) => recordStreamEvent(tx, { workspaceId, type: "note", chatId }),
  }),
  // Negative-review cases: the workspace is read from the case when the publisher did not name it.
  defineSubscriber({
    id: "stream.case-changed",
    event: "negative-reviews/case.changed",
    phase: "in-transaction",
    handle: ({ caseId, workspaceId, chatId }, { tx }) => recordStreamEvent(tx, { workspaceId, type: "case", chatId: chatId ?? null, data: { caseId } }),
  }),
];
