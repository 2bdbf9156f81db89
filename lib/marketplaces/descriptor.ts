import type { MarketplaceMeta } from "@/lib/marketplaces/schemas";

// Everything the rest of the app needs to know about one marketplace, in one value per marketplace
// (lib/marketplaces/<name>/descriptor.ts, registered in lib/marketplaces/registry.ts). Code outside
// lib/marketplaces/<name>/ reads these properties instead of branching on a marketplace's name
// (enforced by lib/marketplaces/no-name-branches.test.ts).

/**
 * How the marketplace lets a buyer do things, in words the buyer sees in its app (offline Russian
 * drafts). Worded so it stays true when the vendor renames a button: the section is named, the exact
 * click path is not promised.
 */
export type MarketplaceGuide = {
  name: string;
  tracking: string;
  returnHow: string;
  defectHow: string;
  refundTiming: string;
  exchange: string;
  cancel: string;
  sizeChart: string;
  stockWatch: string;
  logistics: string;
  /** What to say about availability when the marketplace sells listings, not catalogue cards; null: the card and stockWatch. */
  availability: string | null;
};

export type ReplyKind = "chat" | "question" | "review";

export type MarketplaceDescriptor = MarketplaceMeta & {
  labels: {
    /** Full name in the Russian UI (and in AI prompts). */
    ru: string;
    en: string;
    /** The short badge text and its colour classes (tailwind theme colours in app/globals.css). */
    badge: string;
    /** The badge in the English interface, where it differs (Яндекс Маркет's «ЯМ» is «YM»). */
    badgeEn?: string;
    badgeClass: string;
  };
  /** Max reply length in characters (code points) per chat kind, from the vendor's API schema. */
  textLimits: Record<ReplyKind, number>;
  /**
   * Typed messages instead of free chat (Amazon's Messaging operations): each text-only type with its
   * own limit, and the limit when the type is not known yet. Null: the marketplace has free chat.
   */
  messageTypes: { limits: Readonly<Record<string, number>>; defaultLimit: number } | null;
  guardrails: {
    /**
     * How buyers and sellers write the marketplace's name (a regular-expression alternation, Unicode
     * flag): a reply sending the buyer to another marketplace ("дешевле на Озоне") is caught by it.
     */
    nameWords: string;
    /**
     * True where the buyer and the seller meet and settle in person as the platform's normal deal (Avito):
     * cash or a transfer at a meeting is not a payment around the marketplace there.
     */
    inPersonDeals: boolean;
    /** Hosts of the marketplace itself: a link to them is only flagged (where links are allowed at all). */
    ownDomain: RegExp;
    /** False: every link is blocked, the marketplace's own included. */
    ownLinksAllowed: boolean;
    /** HTML tags are blocked. */
    htmlForbidden: boolean;
    /** An extra rule for the LLM's system prompt, or null. */
    promptRule: string | null;
  };
  /** Offline drafts' wording of the marketplace's own buttons and sections. */
  guide: MarketplaceGuide;
  /**
   * The marketplace's own chat statuses after which nothing can be sent into the chat (Yandex Market's
   * FINISHED, «чат завершён»; Ozon's CLOSED): such a chat is closed in the inbox too. Compared without case.
   */
  closedChatStatuses: readonly string[];
  /**
   * An account connected without a name is named by the seller number its identity holds (lib/accounts/
   * account-name.ts): the code the screen words («Кабинет 1001» / "Account 1001"), the identity's prefix,
   * and the Russian default stored before names were codes. Null: named by the marketplace.
   */
  accountNameByIdentity: { code: "business" | "profile"; prefix: string; legacy: string } | null;
  /** Negative-review rescue cases (lib/negative-reviews), or null when the marketplace has none. */
  reviewCases: {
    /** How long the marketplace keeps the review hidden after the buyer's first reply in its chat; null: published at once. */
    holdWindowMs: number | null;
    /** The marketplace opens a chat about the review; cases are linked to it after they open. */
    opensReviewChat: boolean;
    /** Ratings of open cases are re-read after each review sync (the buyer may edit the review). */
    refreshRatings: boolean;
  } | null;
  /** The push receiver, or null without webhooks. */
  webhook: {
    /** The URL segment after /api/webhooks/ (the route folder under app/api/webhooks/). */
    source: string;
    /** What the seller pastes into the marketplace's cabinet, for a given secret. */
    path: (secret: string) => string;
    /** The full request path the marketplace posts to; group 1 is the secret. */
    requestPattern: RegExp;
    /** The marketplace's own shape for "try again later" (answered with 500: it retries). */
    technicalError: (requestId: string) => unknown;
    /** The marketplace's own shape for a request it must not repeat as is (answered with 400). */
    badRequest: (message: string) => unknown;
  } | null;
  connection: {
    /** The seller can sign in through the marketplace (OAuth) instead of pasting keys. */
    oauth: boolean;
    /** What to check when the marketplace refuses the keys: the key itself, its categories or scopes, where it is made. */
    authFailureHint: { ru: string; en: string };
  };
  /**
   * Pages of the marketplace the buyer panel links to: the seller's cabinet, and where the marketplace
   * has a stable address for them, the order, the product and the chat (ids as stored on our chat).
   */
  cabinet: {
    home: string;
    order?: (orderId: string) => string;
    product?: (productId: string) => string;
    chat?: (chatExternalId: string) => string;
  };
};
