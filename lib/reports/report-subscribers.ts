import { defineSubscriber } from "@/lib/events/bus";
import { assignResponseWaits } from "@/lib/reports/assign-response-waits";
import { recordResolutions } from "@/lib/reports/record-resolutions";
import { syncResponseWaits } from "@/lib/reports/sync-response-waits";

/** What the team report records when the message store announces a change (lib/events/domain-events.ts). */
export const REPORT_SUBSCRIBERS = [
  // Response waits follow the stored messages and the chats' recomputed state, in the same transaction.
  defineSubscriber({
    id: "reports.sync-response-waits",
    event: "inbox/messages.stored",
    phase: "in-transaction",
    handle: ({ chatIds }, { tx }) => syncResponseWaits({ db: tx, chatIds }),
  }),
  // Resolution times, and the running waits' SLA clocks stop: with the resolve, in its transaction.
  defineSubscriber({
    id: "reports.record-resolutions",
    event: "inbox/chats.resolved",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds, userId, at }, { tx }) =>
      recordResolutions({ db: tx, workspaceId, chatIds, userId, at }),
  }),
  // "Received" per operator: a running wait goes with the chat to the operator it is assigned to.
  defineSubscriber({
    id: "reports.assign-response-waits",
    event: "inbox/chats.assigned",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds }, { tx }) => assignResponseWaits({ db: tx, workspaceId, chatIds }),
  }),
];
