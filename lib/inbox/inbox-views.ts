// The inbox's filters and orders, shared by the API (chat-list-query.ts) and the browser (no dependencies).
export const MARKETPLACES = ["WILDBERRIES", "OZON", "YANDEX_MARKET", "AVITO", "AMAZON"] as const;
export const VIEWS = ["needs_reply", "all", "mine", "resolved", "questions", "reviews", "negative"] as const;
export const SORTS = ["urgency", "recent"] as const;

export type InboxMarketplace = (typeof MARKETPLACES)[number];
export type InboxView = (typeof VIEWS)[number];
export type InboxSort = (typeof SORTS)[number];

export const DEFAULT_VIEW: InboxView = "needs_reply";
export const DEFAULT_SORT: InboxSort = "urgency";
