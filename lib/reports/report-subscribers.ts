import { defineSubscriber } from "@/lib/events/bus";
import { recordResolutions } from "@/lib/reports/record-resolutions";

/** What the team report records when the message store announces a change (lib/events/domain-events.ts). */
export const REPORT_SUBSCRIBERS = [
  // Resolution times, and the running waits' SLA clocks stop: with the resolve, in its transaction.
  defineSubscriber({
    id: "reports.record-resolutions",
    event: "inbox/chats.resolved",
    phase: "in-transaction",
    handle: ({ workspaceId, chatIds, userId, at }, { tx }) => recordResolutions({ db: tx, workspaceId, chatIds, userId, at }),
  }),
];
