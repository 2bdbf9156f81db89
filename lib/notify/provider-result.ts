import type { ProviderHttpResponse } from "@/lib/notify/http-request";
import { isRetryableHttpStatus } from "@/lib/notify/http-request";
import type { Provider } from "@/lib/notify/channel";
import type { NotifyErrorKind, NotifyResult } from "@/lib/notify/notify-result";
import { cleanText } from "@/lib/net/clean-text";
import { summarizeProviderResponse } from "@/lib/notify/summarize-response";

// Small builders shared by the four senders so every result has the same shape: providerResponse is
// a summary (HTTP status, the provider's error code and message), never the provider's raw body.

export function sentResult({
  provider,
  providerMessageId,
  httpStatus,
  response,
  secrets,
}: {
  provider: Provider;
  providerMessageId?: string;
  httpStatus: number;
  response: unknown;
  secrets: readonly (string | undefined)[];
}): NotifyResult {
  return {
    ok: true,
    provider,
    status: "sent",
    providerMessageId,
    httpStatus,
    providerResponse: summarizeProviderResponse({ httpStatus, value: response, secrets }),
    retryable: false,
  };
}

export function failedResult({
  provider,
  error,
  errorKind,
  retryable,
  httpStatus,
  response,
  secrets,
}: {
  provider: Provider;
  error: string;
  errorKind: NotifyErrorKind;
  retryable: boolean;
  httpStatus?: number;
  response?: unknown;
  secrets: readonly (string | undefined)[];
}): NotifyResult {
  return {
    ok: false,
    provider,
    status: "failed",
    httpStatus,
    providerResponse: summarizeProviderResponse({ httpStatus, value: response ?? null, secrets }),
    error: cleanText({ text: error, secrets }),
    errorKind,
    retryable,
  };
}

/** A request the provider would refuse (a bad number, an empty text): not sent, and a retry cannot help. */
export function invalidRequest({
  provider,
  error,
  secrets,
}: {
  provider: Provider;
  error: string;
  secrets: readonly (string | undefined)[];
}): NotifyResult {
  return failedResult({ provider, error, errorKind: "invalid_request", retryable: false, secrets });
}

/** Timeout / connection failure / refusal, or an HTTP error status with the provider's error summarised. */
export function transportFailure({
  provider,
  http,
  secrets,
  describeHttpError,
}: {
  provider: Provider;
  http: ProviderHttpResponse;
  secrets: readonly (string | undefined)[];
  describeHttpError?: (json: unknown) => string | undefined;
}): NotifyResult {
  if (http.kind === "timeout") {
    return failedResult({ provider, error: "timeout", errorKind: "timeout", retryable: true, secrets });
  }
  if (http.kind === "network") {
    return failedResult({
      provider,
      error: `network: ${http.message}`,
      errorKind: "network",
      retryable: true,
      secrets,
    });
  }
  if (http.kind === "refused") {
    // Nothing was sent (address, redirect) or the answer was unreadable (size): a retry fails the same way.
    return failedResult({
      provider,
      error: `refused: ${http.reason}`,
      errorKind: "network",
      retryable: false,
      secrets,
    });
  }
  const detail = describeHttpError?.(http.json);
  return failedResult({
    provider,
    error: detail ? `HTTP ${http.httpStatus}: ${detail}` : `HTTP ${http.httpStatus}`,
    errorKind: "http",
    retryable: isRetryableHttpStatus(http.httpStatus),
    httpStatus: http.httpStatus,
    response: http.json ?? http.text,
    secrets,
  });
}
