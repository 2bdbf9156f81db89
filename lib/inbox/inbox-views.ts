// The inbox's filters and orders, shared by the API (chat-list-query.ts) and the browser (the marketplace
// registry is plain data).
export { MARKETPLACES } from "@/lib/marketplaces/marketplace";
export const VIEWS = ["needs_reply", "all", "mine", "resolved", "questions", "reviews", "negative", "snoozed"] as const;
export const KINDS = ["CHAT", "QUESTION", "REVIEW"] as const;
export const SORTS = ["urgency", "recent"] as const;

export type { Marketplace as InboxMarketplace } from "@/lib/marketplaces/marketplace";
export type InboxView = (typeof VIEWS)[number];
export type InboxKind = (typeof KINDS)[number];
export type InboxSort = (typeof SORTS)[number];

export const DEFAULT_VIEW: InboxView = "needs_reply";
export const DEFAULT_SORT: InboxSort = "urgency";
