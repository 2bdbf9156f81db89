"use client";

import { ThreadLoading } from "@/components/inbox/thread-loading";
import { lazyPart } from "@/components/ui/lazy-part";

// Parts of the inbox that are not on screen when it first loads (the open chat, or parts not every chat has): kept out of
// its first-load JS and fetched while the browser is idle after the list is up (preloadInboxParts),
// so they render at once when a chat, a selection or a dialog needs them.
export const Thread = lazyPart(() => import("@/components/inbox/thread").then((m) => m.Thread), ThreadLoading);
export const BulkBar = lazyPart(() => import("@/components/inbox/bulk-bar").then((m) => m.BulkBar));
export const BuyerPanel = lazyPart(() => import("@/components/inbox/buyer-panel").then((m) => m.BuyerPanel));
export const ChatLabelsPicker = lazyPart(() =>
  import("@/components/labels/chat-labels-picker").then((m) => m.ChatLabelsPicker),
);
export const SnippetsDialog = lazyPart(() =>
  import("@/components/inbox/snippets-dialog").then((m) => m.SnippetsDialog),
);
export const ShortcutsDialog = lazyPart(() =>
  import("@/components/inbox/shortcuts-dialog").then((m) => m.ShortcutsDialog),
);
export const ScheduleForm = lazyPart(() => import("@/components/follow-ups/schedule-form").then((m) => m.ScheduleForm));
export const CasePanel = lazyPart(() => import("@/components/negative-reviews/case-panel").then((m) => m.CasePanel));

export function preloadInboxParts(): void {
  for (const part of [
    Thread,
    ChatLabelsPicker,
    BuyerPanel,
    CasePanel,
    BulkBar,
    ScheduleForm,
    SnippetsDialog,
    ShortcutsDialog,
  ])
    void part.preload();
}
