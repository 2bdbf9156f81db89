import { AccountDisconnectedError, DISCONNECTED_MESSAGE } from "@/lib/accounts/account-error";
import { AppError } from "@/lib/errors";
import {
  MarketplaceAuthError,
  MarketplaceError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceTimeoutError,
  MarketplaceUnsupportedError,
} from "@/lib/marketplaces/http/errors";

// Why a reply was not sent, as the operator reads it under the message. "Повторите позже" only where a
// later attempt can succeed: the marketplace's server failed (5xx), it was unreachable, or it limited the
// rate (429). A 4xx (unknown chat, forbidden, invalid request) fails the same way next time.

/** A later attempt of the same request can succeed. */
export function retryCanHelp(error: MarketplaceError): boolean {
  if (error instanceof MarketplaceRateLimitError) return true;
  if (error.status !== null) return error.status >= 500 || error.status === 429;
  return error.retryable;
}

/** The stored reason of a FAILED reply; null when the error is not the marketplace's (the caller logs it). */
export function describeSendFailure(error: unknown): string | null {
  if (error instanceof MarketplaceRejectedError) return error.reason;
  if (error instanceof AccountDisconnectedError) return `${DISCONNECTED_MESSAGE}.`;
  if (error instanceof MarketplaceAuthError) {
    // The auth error's message is the marketplace's own text (or "account disconnected").
    return `Маркетплейс не принял ключ доступа: ${error.vendorMessage ?? error.message}. Переподключите аккаунт в настройках.`;
  }
  if (error instanceof MarketplaceRateLimitError) {
    const seconds = error.retryAfterMs ? Math.ceil(error.retryAfterMs / 1000) : null;
    return `Маркетплейс ограничил частоту запросов. Повторите ${seconds ? `через ${seconds} с` : "чуть позже"}.`;
  }
  if (error instanceof MarketplaceUnsupportedError) return "Маркетплейс не позволяет отправить такой ответ через API.";
  if (error instanceof MarketplaceTimeoutError) {
    return "Маркетплейс не ответил вовремя. Сообщение могло дойти: проверьте в кабинете продавца, прежде чем повторять.";
  }
  if (error instanceof MarketplaceError) {
    const status = error.status ? ` (${error.status})` : "";
    const vendor = error.vendorMessage ? `: ${error.vendorMessage}` : "";
    if (retryCanHelp(error)) return `Маркетплейс не принял сообщение${status}${vendor}. Повторите позже.`;
    return `Маркетплейс отказал${status}${vendor}. Повтор не поможет: проверьте чат в кабинете маркетплейса.`;
  }
  if (error instanceof AppError && error.expose) return error.message;
  return null;
}

export const INTERNAL_SEND_FAILURE = "Не удалось отправить из-за внутренней ошибки. Повторите позже.";
