import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { OutgoingRefusal } from "@/lib/marketplaces/outgoing-refusal";

// Typed failures every connector throws. Callers branch on the class (or on `code`), never on message text:
// auth -> mark the account needs_reauth, rejected -> keep the operator's draft and show `reason`,
// rate-limit -> reschedule after `retryAfterMs`.

export type MarketplaceErrorCode =
  | "auth"
  | "rate_limited"
  | "rejected"
  | "server"
  | "timeout"
  | "network"
  | "refused"
  | "bad_response"
  | "request"
  | "unsupported";

type BaseInit = {
  marketplace: Marketplace;
  message: string;
  status?: number | null;
  /** The vendor's own error code, when its body carries one (e.g. YM "CHAT_FINISHED", Ozon rpcStatus.code). */
  vendorCode?: string | null;
  /** The marketplace's own error text, unprefixed (what a seller or operator may be shown). */
  vendorMessage?: string | null;
  retryable?: boolean;
  cause?: unknown;
};

export class MarketplaceError extends Error {
  readonly code: MarketplaceErrorCode;
  readonly marketplace: Marketplace;
  readonly status: number | null;
  readonly vendorCode: string | null;
  readonly vendorMessage: string | null;
  readonly retryable: boolean;

  constructor(code: MarketplaceErrorCode, init: BaseInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.code = code;
    this.marketplace = init.marketplace;
    this.status = init.status ?? null;
    this.vendorCode = init.vendorCode ?? null;
    this.vendorMessage = init.vendorMessage ?? null;
    this.retryable = init.retryable ?? false;
  }
}

/** 401/403 or a refused token exchange: the account needs re-authorisation; `message` is the marketplace's own text. */
export class MarketplaceAuthError extends MarketplaceError {
  constructor(init: BaseInit) {
    super("auth", { ...init, retryable: false });
  }
}

/** 429 (420 on Yandex Market) still failing after the allowed retries. */
export class MarketplaceRateLimitError extends MarketplaceError {
  readonly retryAfterMs: number | null;
  constructor(init: BaseInit & { retryAfterMs: number | null }) {
    super("rate_limited", { ...init, retryable: true });
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * The marketplace refused a write (moderation, validation, closed chat, file type/size ...).
 * `reason` is the marketplace's text verbatim, so the operator sees why and keeps the draft; a refusal of
 * our own (a known limit checked before sending) is `refusal`, a code worded where it is shown.
 */
export class MarketplaceRejectedError extends MarketplaceError {
  readonly reason: string;
  readonly refusal: OutgoingRefusal | null;
  constructor(init: BaseInit & { reason: string; refusal?: OutgoingRefusal }) {
    super("rejected", { ...init, retryable: false });
    this.reason = init.reason;
    this.refusal = init.refusal ?? null;
  }
}

export class MarketplaceServerError extends MarketplaceError {
  constructor(init: BaseInit) {
    super("server", { ...init, retryable: init.retryable ?? true });
  }
}

export class MarketplaceTimeoutError extends MarketplaceError {
  constructor(init: BaseInit) {
    super("timeout", { ...init, retryable: init.retryable ?? true });
  }
}

export class MarketplaceNetworkError extends MarketplaceError {
  constructor(init: BaseInit) {
    super("network", { ...init, retryable: init.retryable ?? true });
  }
}

/**
 * The server's outbound guard refused the call: the URL is on a non-public address, the answer was a
 * redirect, or the URL is not http(s). Nothing was sent (or the redirect not followed); retrying cannot help.
 */
export class MarketplaceRefusedError extends MarketplaceError {
  constructor(init: BaseInit) {
    super("refused", { ...init, retryable: false });
  }
}

/** Malformed JSON or a payload that does not match the vendor schema we code against. */
export class MarketplaceResponseError extends MarketplaceError {
  constructor(init: BaseInit) {
    super("bad_response", { ...init, retryable: false });
  }
}

/** Any other 4xx on a read (404 unknown chat, 400 bad cursor ...). */
export class MarketplaceRequestError extends MarketplaceError {
  constructor(init: BaseInit) {
    super("request", { ...init, retryable: false });
  }
}

/** The marketplace's API offers no such operation; check `capabilities` before calling. */
export class MarketplaceUnsupportedError extends MarketplaceError {
  constructor(init: { marketplace: Marketplace; operation: string }) {
    super("unsupported", {
      marketplace: init.marketplace,
      message: `${init.marketplace}: operation "${init.operation}" is not offered by this marketplace's API`,
    });
  }
}

export function isMarketplaceError(error: unknown): error is MarketplaceError {
  return error instanceof MarketplaceError;
}
