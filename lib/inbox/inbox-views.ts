import { DB_MARKETPLACES } from "@/lib/marketplaces/registry";

// The inbox's filters and orders, shared by the API (chat-list-query.ts) and the browser (the marketplace
// registry is plain data).
export const MARKETPLACES = DB_MARKETPLACES;
export const VIEWS = ["needs_reply", "all", "mine", "resolved", "questions", "reviews", "negative", "snoozed"] as const;
export const KINDS = ["CHAT", "QUESTION", "REVIEW"] as const;
export const SORTS = ["urgency", "recent"] as const;

export type InboxMarketplace = (typeof MARKETPLACES)[number];
export type InboxView = (typeof VIEWS)[number];
export type InboxKind = (typeof KINDS)[number];
export type InboxSort = (typeof SORTS)[number];

export const DEFAULT_VIEW: InboxView = "needs_reply";
export const DEFAULT_SORT: InboxSort = "urgency";
