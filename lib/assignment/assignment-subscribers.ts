import { defineSubscriber } from "@/lib/events/bus";
import { assignWaitingChats } from "@/lib/assignment/assign-waiting-chats";

const SAFETY_NET = "team-queues-sweep (assigns waiting chats each minute)";

/** Fair assignment runs when the inbox announces a chat waiting or an operator with room (lib/events/domain-events.ts). */
export const ASSIGNMENT_SUBSCRIBERS = [
  // A buyer waiting for a reply: with auto-assignment on, an operator with room gets the chat.
  defineSubscriber({
    id: "assignment.buyer-wrote",
    event: "inbox/messages.stored",
    phase: "after-commit",
    retry: "in-process",
    safetyNet: SAFETY_NET,
    handle: ({ workspaceId, buyerChatIds }) =>
      buyerChatIds.length ? assignWaitingChats({ workspaceId }) : Promise.resolve(),
  }),
  // Resolved, handed back or snoozed: an operator may have room now, or the chat waits in the queue.
  defineSubscriber({
    id: "assignment.queue-changed",
    event: "inbox/chats.updated",
    phase: "after-commit",
    retry: "in-process",
    safetyNet: SAFETY_NET,
    handle: ({ workspaceId, queueChanged, at }) =>
      queueChanged ? assignWaitingChats({ workspaceId, now: at }) : Promise.resolve(),
  }),
];
