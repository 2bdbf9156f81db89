import { z } from "zod";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { Review } from "@/lib/marketplaces/schemas";

// What the message store and the domains announce (lib/events/bus.ts carries it): they publish, and the
// domains that follow a chat's life (follow-ups, negative reviews, reports, fair assignment,
// notifications, the live stream) subscribe, so the publishers never import them. Payloads carry ids, never message text (reviews.stored aside: its
// subscriber needs the ratings it was read with, and it is never written to the database).

const ids = z.array(z.string());

export const domainEventSchemas = {
  /** Chats and messages stored by ingestion (a poll, a push, a review sync), in one transaction. */
  "inbox/messages.stored": z.object({
    workspaceId: z.string(),
    /** Every chat the batch touched. */
    chatIds: ids,
    /** Chats with a message stored or claimed (an echo of our reply): their threads changed. */
    messageChatIds: ids,
    /** Chats created or closed by the batch, without a new message. */
    changedChatIds: ids,
    /** Chats where a buyer wrote a new message. */
    buyerChatIds: ids,
    newMessages: z.number().int(),
    newChats: z.number().int(),
  }),
  /** Resolved by an operator: one chat, or a batch of a bulk action (only chats that were open). */
  "inbox/chats.resolved": z.object({
    workspaceId: z.string(),
    chatIds: ids,
    userId: z.string().nullable(),
    at: z.coerce.date(),
  }),
  /** Given to an operator (by hand, auto-assignment or a bulk action): only chats whose assignee changed to someone. */
  "inbox/chats.assigned": z.object({ workspaceId: z.string(), chatIds: ids }),
  /** Reopened by an operator. */
  "inbox/chats.reopened": z.object({ workspaceId: z.string(), chatIds: ids, at: z.coerce.date() }),
  /** Closed by the marketplace (Yandex Market FINISHED, Ozon CLOSED or TYPE_CHAT_CLOSED): nothing more can be sent. */
  "inbox/chats.closed": z.object({ chatIds: ids }),
  /** A reply of ours is now SENT (delivered, or found delivered after an interruption). */
  "inbox/reply.sent": z.object({ chatId: z.string(), messageId: z.string() }),
  /**
   * Messages changed in place, or a reply of ours stored, with no buyer message: a reply stored, claimed
   * for a retry or failed, read by the buyer, edited on the marketplace. `workspaceId` when known.
   */
  "inbox/messages.updated": z.object({ workspaceId: z.string().optional(), chatIds: ids }),
  /**
   * An operator opened a chat that was unread or new: its unread count and "new" flag cleared. `origin`:
   * the browser tab that read it, which already shows it read (it skips the stream's echo).
   */
  "inbox/chat.read": z.object({
    workspaceId: z.string(),
    chatId: z.string(),
    origin: z.string().nullable().optional(),
  }),
  /** The chat's newest message is now our reply, and it no longer waits for one. */
  "inbox/chat.answered": z.object({ chatId: z.string() }),
  /**
   * A chat's assignment, snooze, status or labels changed (an operator, the assigner, a bulk action, a
   * member leaving). `chatIds` null: many chats of the workspace at once. `queueChanged`: a chat went back
   * to the queue or an operator may have room (resolved, handed back, snoozed), so waiting chats are assigned.
   */
  /** `origin`: the browser tab whose action this is (lib/http/request-tab.ts), announced so it skips the echo. */
  "inbox/chats.updated": z.object({
    workspaceId: z.string(),
    chatIds: ids.nullable(),
    queueChanged: z.boolean(),
    at: z.coerce.date(),
    origin: z.string().nullable().optional(),
  }),
  /** An internal note added; `mentionedUserIds` are the members it @mentions, its author left out. */
  "inbox/note.added": z.object({
    workspaceId: z.string(),
    chatId: z.string(),
    noteId: z.string(),
    authorId: z.string(),
    mentionedUserIds: ids,
    origin: z.string().nullable().optional(),
  }),
  "inbox/note.deleted": z.object({
    workspaceId: z.string(),
    chatId: z.string(),
    noteId: z.string(),
    origin: z.string().nullable().optional(),
  }),
  /** A negative-review case opened or changed (status, link, rating, deadline, first response). */
  "negative-reviews/case.changed": z.object({
    caseId: z.string(),
    workspaceId: z.string().optional(),
    chatId: z.string().nullable().optional(),
  }),
  /** A case's reminder or escalation is due and claimed (once): its recipients are told, as of `at`. */
  "negative-reviews/reminder.due": z.object({
    workspaceId: z.string(),
    caseId: z.string(),
    type: z.enum(["deadline", "escalation"]),
    userIds: ids,
    at: z.coerce.date(),
  }),
  /** A scheduled message created, edited, cancelled or settled; `chatId` null when the publisher did not read it. */
  "follow-ups/scheduled.changed": z.object({ workspaceId: z.string(), chatId: z.string().nullable() }),
  /**
   * A marketplace account connected, changed (status, credentials, error) or removed. `workspaceId` when
   * known (read from the account otherwise).
   */
  "accounts/account.changed": z.object({ workspaceId: z.string().optional(), accountId: z.string() }),
  /** Notifications written for these members (their bells ring). */
  "notifications/notifications.added": z.object({ workspaceId: z.string(), userIds: ids }),
  /** A member read notifications (the bell's count changed). */
  "notifications/notifications.read": z.object({ workspaceId: z.string(), userId: z.string() }),
  /** Reviews stored as review conversations, with their ratings, in the same transaction. */
  "reviews/reviews.stored": z.object({
    account: z.object({
      id: z.string(),
      workspaceId: z.string(),
      marketplace: z.custom<Marketplace>((v) => typeof v === "string"),
    }),
    reviews: z.array(z.custom<Review>((v) => typeof v === "object" && v !== null)),
  }),
} as const;

export type DomainEventName = keyof typeof domainEventSchemas;
export type DomainEventPayload<N extends DomainEventName> = z.infer<(typeof domainEventSchemas)[N]>;
export type DomainEvent = { [N in DomainEventName]: { name: N; data: DomainEventPayload<N> } }[DomainEventName];
