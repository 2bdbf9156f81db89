import { defineSubscriber } from "@/lib/events/bus";
import { recordStreamEvent, type StreamEventInput } from "@/lib/stream/record-stream-event";

/** The tab whose action a change is (components/inbox/live-stream.ts skips that tab's echo). */
const originData = (origin: string | null | undefined) => (origin ? { origin } : undefined);

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
      for (const chatId of changedChatIds)
        if (!withMessages.has(chatId)) events.push({ workspaceId, type: "chat", chatId });
      return recordStreamEvent(tx, events);
    },
  }),
  // Assignment, snooze, status, labels: one event per chat, or one for the workspace when many changed.
  defineSubscriber({
    id: "stream.chats-updated",
    event: "inbox/chats.updated",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds, origin }, { tx }) =>
      recordStreamEvent(
        tx,
        chatIds
          ? chatIds.map((chatId) => ({ workspaceId, type: "chat" as const, chatId, data: originData(origin) }))
          : { workspaceId, type: "chat" },
      ),
  }),
  defineSubscriber({
    id: "stream.note-added",
    event: "inbox/note.added",
    phase: "in-transaction",
    handle: ({ workspaceId, chatId, origin }, { tx }) =>
      recordStreamEvent(tx, { workspaceId, type: "note", chatId, data: originData(origin) }),
  }),
  defineSubscriber({
    id: "stream.note-deleted",
    event: "inbox/note.deleted",
    phase: "in-transaction",
    handle: ({ workspaceId, chatId, origin }, { tx }) =>
      recordStreamEvent(tx, { workspaceId, type: "note", chatId, data: originData(origin) }),
  }),
  // Negative-review cases: the workspace is read from the case when the publisher did not name it.
  defineSubscriber({
    id: "stream.case-changed",
    event: "negative-reviews/case.changed",
    phase: "in-transaction",
    handle: ({ caseId, workspaceId, chatId }, { tx }) =>
      recordStreamEvent(tx, { workspaceId, type: "case", chatId: chatId ?? null, data: { caseId } }),
  }),
  // A reply of ours stored, sent, failed or retried; read receipts and edits.
  defineSubscriber({
    id: "stream.reply-sent",
    event: "inbox/reply.sent",
    phase: "in-transaction",
    handle: ({ chatId }, { tx }) => recordStreamEvent(tx, { type: "message", chatId }),
  }),
  defineSubscriber({
    id: "stream.messages-updated",
    event: "inbox/messages.updated",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds }, { tx }) =>
      recordStreamEvent(
        tx,
        chatIds.map((chatId) => ({ workspaceId, type: "message" as const, chatId })),
      ),
  }),
  // The chat's list fields changed: read, answered, closed by the marketplace. A read names the tab that
  // made it: that tab's caches already show it (components/inbox/live-stream.ts skips the echo).
  defineSubscriber({
    id: "stream.chat-read",
    event: "inbox/chat.read",
    phase: "in-transaction",
    handle: ({ workspaceId, chatId, origin }, { tx }) =>
      recordStreamEvent(tx, { workspaceId, type: "chat", chatId, data: originData(origin) }),
  }),
  defineSubscriber({
    id: "stream.chat-answered",
    event: "inbox/chat.answered",
    phase: "in-transaction",
    handle: ({ chatId }, { tx }) => recordStreamEvent(tx, { type: "chat", chatId }),
  }),
  defineSubscriber({
    id: "stream.chats-closed",
    event: "inbox/chats.closed",
    phase: "in-transaction",
    handle: ({ chatIds }, { tx }) =>
      recordStreamEvent(
        tx,
        chatIds.map((chatId) => ({ type: "chat" as const, chatId })),
      ),
  }),
  defineSubscriber({
    id: "stream.scheduled-changed",
    event: "follow-ups/scheduled.changed",
    phase: "in-transaction",
    handle: ({ workspaceId, chatId }, { tx }) => recordStreamEvent(tx, { workspaceId, type: "scheduled", chatId }),
  }),
  defineSubscriber({
    id: "stream.account-changed",
    event: "accounts/account.changed",
    phase: "in-transaction",
    handle: ({ workspaceId, accountId }, { tx }) =>
      recordStreamEvent(tx, { workspaceId, type: "account", data: { accountId } }),
  }),
  // The bell: notifications written (lib/notifications/write-notifications.ts) or read.
  defineSubscriber({
    id: "stream.notifications-added",
    event: "notifications/notifications.added",
    phase: "in-transaction",
    handle: ({ workspaceId }, { tx }) => recordStreamEvent(tx, { workspaceId, type: "notification" }),
  }),
  defineSubscriber({
    id: "stream.notifications-read",
    event: "notifications/notifications.read",
    phase: "in-transaction",
    handle: ({ workspaceId }, { tx }) => recordStreamEvent(tx, { workspaceId, type: "notification" }),
  }),
];
