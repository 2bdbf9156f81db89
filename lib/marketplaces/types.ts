import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";
import type { GuardedRequest, GuardedResponse } from "@/lib/net/guarded-fetch";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type {
  Attachment,
  Capabilities,
  Chat,
  ChatRef,
  Message,
  MarketplaceMeta,
  OutgoingFile,
  Review,
  ReviewKind,
  SentMessage,
  SkippedRecord,
  UpdateBatch,
  WebhookResult,
} from "@/lib/marketplaces/schemas";

// The one interface every connector implements. Data shapes are zod-inferred in schemas.ts; this file only
// declares the operations. Every method exists on every connector: an operation the marketplace does not
// offer throws MarketplaceUnsupportedError, so callers check `capabilities` first.

/** Partial access found by a connection test, as a code with values: worded in the member's language where shown. */
export type ConnectionWarning = { code: "no_feedback_access"; params: { detail: string } };

export type ConnectionCheck = {
  ok: true;
  /** Human label of the account if the test call returned one. */
  accountLabel: string | null;
  /** Partial access, e.g. a WB token without the "Отзывы и вопросы" category. */
  warnings: ConnectionWarning[];
  /**
   * Which seller account these credentials open, as the marketplace identifies it (Ozon Client-Id, YM
   * business, Avito user, WB seller or token hash, Amazon refresh-token hash per marketplace): the same
   * seller connected twice gives the same identity.
   */
  identity: string;
};

/** `skipped`: elements of the page that could not be used (kept aside, never blocking the rest). */
export type Page<T> = { items: T[]; nextPageToken: string | null; skipped?: SkippedRecord[] };

export type DownloadResult =
  | { status: "ready"; bytes: Uint8Array; mimeType: string | null }
  | { status: "pending"; retryAfterSeconds: number }
  | { status: "rejected"; reason: string };

export type MarketplaceConnector = {
  readonly marketplace: Marketplace;
  readonly meta: MarketplaceMeta;
  readonly capabilities: Capabilities;

  /** A real, cheap API call with the given credentials ("check the token before saving"). */
  testConnection(): Promise<ConnectionCheck>;

  /** Incremental pull of chats and messages since `cursor` (opaque; store it per account). */
  fetchUpdates(input: { cursor: string | null }): Promise<UpdateBatch>;
  /** Full chat list page (for a first import or a manual refresh). */
  listChats(input: { pageToken?: string | null; awaitingReplyOnly?: boolean }): Promise<Page<Chat>>;
  fetchChat(input: { chatExternalId: string }): Promise<Chat>;
  listMessages(input: { chat: ChatRef; pageToken?: string | null }): Promise<Page<Message>>;
  fetchMessage(input: { chatExternalId: string; messageExternalId: string }): Promise<Message>;
  sendMessage(input: {
    chat: ChatRef;
    text: string;
    files?: OutgoingFile[];
    /** Amazon only: one of `listMessageTypes`; otherwise ignored. */
    messageType?: string;
  }): Promise<SentMessage>;
  startChat(input: { context: { type: "order" | "return"; id: string } }): Promise<{ chatExternalId: string }>;
  markRead(input: { chat: ChatRef; upToMessageId: string }): Promise<void>;
  downloadAttachment(input: { attachment: Pick<Attachment, "externalId" | "url"> }): Promise<DownloadResult>;
  /** Amazon: message types the marketplace offers for this order right now. */
  listMessageTypes(input: { orderId: string }): Promise<string[]>;
  /** The buyer's preferred language for an order (a BCP 47 tag like "de-DE"), null when not stated. */
  getBuyerLocale(input: { orderId: string }): Promise<string | null>;

  /**
   * `since`: reviews created after this time (Yandex Market lists every review of that window, answered
   * or not, since it cannot filter by "answered"); connectors that list unanswered ones ignore it.
   * `archive`: the marketplace's archive instead of the current list (Wildberries keeps reviews unanswered for
   * 30 days there), read on first import; connectors without one throw MarketplaceUnsupportedError.
   */
  listReviews(input: {
    kind: ReviewKind;
    unansweredOnly: boolean;
    pageToken?: string | null;
    since?: string | null;
    archive?: boolean;
  }): Promise<Page<Review>>;
  /**
   * Yandex Market: these reviews by id (at most 50), answered or not, so a buyer's changed rating is
   * seen after the seller's comment. `ratingsOnly` skips reading their comments (then `answered` and
   * `replies` are not known). Elsewhere unsupported.
   */
  getReviews(input: { ids: string[]; ratingsOnly?: boolean }): Promise<Review[]>;
  /**
   * Yandex Market: comments under reviews by comment id (at most 50), as messages of their review's
   * thread (chatExternalId = the review's id). Absent where the marketplace has no such read.
   */
  getReviewComments?(input: { ids: string[] }): Promise<Message[]>;
  answerReview(input: {
    review: { externalId: string; kind: ReviewKind };
    text: string;
    /** Edit the existing answer instead of creating one (WB PATCH; YM comment id). */
    existingAnswerId?: string | null;
    edit?: boolean;
  }): Promise<{ answerExternalId: string | null }>;

  /** Parses an inbound push (raw body, so big ids survive) and says what to answer the marketplace. */
  handleWebhook(input: { body: string; headers?: Headers }): Promise<WebhookResult>;
  subscribeWebhook(input: { url: string }): Promise<void>;
};

/** What each marketplace's create<Name>Connector takes; baseUrls override the vendor's hosts (simulator, tests). */
export type ConnectorInput<Credentials, BaseUrls> = {
  credentials: Credentials;
  baseUrls?: Partial<BaseUrls>;
  runtime?: ConnectorRuntimeOptions;
};

/** Runtime options that are not account data (not serialisable, never stored). */
export type ConnectorRuntimeOptions = {
  http?: HttpOptionsInput;
  /** Limiter key; defaults to a hash of the account's identifying credential. Pass the account id. */
  accountKey?: string;
  /** OAuth marketplaces rotate refresh tokens (Avito): persist the new credentials when this fires. */
  onCredentialsChange?: (credentials: Record<string, unknown>) => void | Promise<void>;
  /** The guarded outbound client to send with (tests pass one with their own policy); default: the server's. */
  send?: (request: GuardedRequest) => Promise<GuardedResponse>;
  /** Identity sent in webhook answers that require one (Ozon/YM PING). */
  integration?: { name: string; version: string };
  now?: () => Date;
};
