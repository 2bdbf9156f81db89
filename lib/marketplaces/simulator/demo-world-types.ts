import type { Marketplace } from "@/lib/marketplaces/marketplace";

// The shape of the demo world: what the simulator loads (demo-world.ts) and what lib/seed builds, with the
// same ids, for the database. Declared here, below the seed, so the simulator never imports lib/seed.

type Author = "BUYER" | "SELLER" | "MARKETPLACE" | "SYSTEM";

export type DemoMessage = {
  id: string;
  chatId: string;
  externalId: string;
  author: Author;
  text: string;
  /** A review's pros and cons (its buyer message), stored apart from its text. */
  reviewPros?: string;
  reviewCons?: string;
  createdAt: Date;
  readAt: Date | null;
  status: "SENT" | null;
  senderUserId: string | null;
};
export type DemoChat = {
  id: string;
  marketplace: Marketplace;
  kind: "CHAT" | "QUESTION" | "REVIEW";
  externalId: string;
  contextType: "ORDER" | "PRODUCT" | "ITEM" | "NONE";
  orderId: string | null;
  productId: string | null;
  itemId: string | null;
  productTitle: string;
  customerName: string;
  /** The marketplace's id of the buyer (chats on Wildberries, Yandex Market and Avito); a few buyers wrote more than once. */
  buyerId: string | null;
  /** Amazon states the buyer's language per order (GetAttributes). */
  buyerLocale: string | null;
  status: "OPEN" | "RESOLVED";
  marketplaceStatus: string | null;
  rating: number | null;
  unreadCount: number;
  lastMessageAt: Date;
  lastMessagePreview: string;
  awaitingReplySince: Date | null;
  assigneeId: string | null;
  /** Wildberries: the chat's replySign. */
  replyToken: string | null;
  createdAt: Date;
  messages: DemoMessage[];
};

type CaseStatus = "AWAITING_BUYER" | "IN_PROGRESS" | "RESOLVED" | "PUBLISHED";
/** A Wildberries negative-review case as planned, times in hours before now. */
export type DemoCasePlan = {
  name: string;
  product: string;
  nmId: string;
  rating: number;
  text: string;
  reviewAgoH: number;
  buyerReplyAgoH: number | null;
  sellerAgoH: number | null;
  status: CaseStatus;
  link: "HIGH" | "MEDIUM" | "LOW";
  finalRating?: number;
};

export type DemoCaseMessage = {
  id: string;
  externalId: string;
  author: "MARKETPLACE" | "BUYER" | "SELLER";
  text: string;
  createdAt: Date;
};
export type DemoWbCase = DemoCasePlan & {
  /** The held review (Wildberries feedback id) and the chat Wildberries opened about it. */
  feedbackId: string;
  chatId: string;
  replySign: string;
  orderId: string;
  messages: DemoCaseMessage[];
  reviewCreatedAt: Date;
  firstBuyerReplyAt: Date | null;
  deadlineAt: Date | null;
  firstSellerResponseAt: Date | null;
  /** The shop's public answer to the review, once the case is closed. */
  answer: { text: string; createdAt: Date } | null;
};
export type DemoYmCase = {
  feedbackId: string;
  orderId: string;
  offerId: string;
  product: string;
  name: string;
  rating: number;
  text: string;
  createdAt: Date;
};

export type DemoWorld = { chats: DemoChat[]; negativeReviews: { wb: DemoWbCase[]; ym: DemoYmCase } };
