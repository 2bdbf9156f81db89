import { AccountDisconnectedError } from "@/lib/accounts/account-error";
import { AppError } from "@/lib/errors";
import {
  MarketplaceAuthError,
  MarketplaceError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceTimeoutError,
  MarketplaceUnsupportedError,
} from "@/lib/marketplaces/http/errors";
import type { OutgoingRefusalCode, OutgoingRefusalParams } from "@/lib/marketplaces/outgoing-refusal";

// Why a reply was not sent, as a code with values (Message.error and Message.errorParams), worded in the
// reader's language where it is shown (lib/inbox/send-failure-text.ts). "Try again later" only where a
// later attempt can succeed: the marketplace's server failed (5xx), it was unreachable, or it limited the
// rate (429). A 4xx (unknown chat, forbidden, invalid request) fails the same way next time.

export type SendFailure =
  | { code: "disconnected" | "unsupported" | "timeout" | "internal" | "may_have_been_sent"; params?: undefined }
  | { code: "auth"; params: { vendor: string } }
  | { code: "rate_limited"; params: { seconds: number } }
  | { code: "retry_later" | "refused"; params: { detail: string } }
  // What we refused to send (a known limit of the marketplace), worded where it is shown.
  | { code: "refusal"; params: { refusal: OutgoingRefusalCode } & OutgoingRefusalParams }
  // The marketplace's own reason, or a message meant to be shown, as it came.
  | { code: "rejected"; params: { reason: string } };

/** A later attempt of the same request can succeed. */
export function retryCanHelp(error: MarketplaceError): boolean {
  if (error instanceof MarketplaceRateLimitError) return true;
  if (error.status !== null) return error.status >= 500 || error.status === 429;
  return error.retryable;
}

/** Why a FAILED reply failed; null when the error is not the marketplace's (the caller logs it). */
export function describeSendFailure(error: unknown): SendFailure | null {
  if (error instanceof MarketplaceRejectedError)
    return error.refusal
      ? { code: "refusal", params: { refusal: error.refusal.code, ...error.refusal.params } }
      : { code: "rejected", params: { reason: error.reason } };
  if (error instanceof AccountDisconnectedError) return { code: "disconnected" };
  // The auth error's message is the marketplace's own text (or "account disconnected").
  if (error instanceof MarketplaceAuthError)
    return { code: "auth", params: { vendor: error.vendorMessage ?? error.message } };
  if (error instanceof MarketplaceRateLimitError)
    return { code: "rate_limited", params: { seconds: error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : 0 } };
  if (error instanceof MarketplaceUnsupportedError) return { code: "unsupported" };
  if (error instanceof MarketplaceTimeoutError) return { code: "timeout" };
  if (error instanceof MarketplaceError) {
    const detail = `${error.status ? ` (${error.status})` : ""}${error.vendorMessage ? `: ${error.vendorMessage}` : ""}`;
    return { code: retryCanHelp(error) ? "retry_later" : "refused", params: { detail } };
  }
  if (error instanceof AppError && error.expose) return { code: "rejected", params: { reason: error.message } };
  return null;
}

export const INTERNAL_SEND_FAILURE: SendFailure = { code: "internal" };
