import type { ProviderHttpResponse } from "@/lib/notify/http-request";
import { isRetryableHttpStatus } from "@/lib/notify/http-request";
import type { Provider } from "@/lib/notify/channel";
import type { NotifyErrorKind, NotifyResult } from "@/lib/notify/notify-result";
import { sanitizeProviderResponse } from "@/lib/notify/sanitize-response";

// Small builders shared by the four senders so every result has the same shape and every
// providerResponse goes through the sanitizer.

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
    providerResponse: sanitizeProviderResponse({ value: response, secrets }),
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
    providerResponse: sanitizeProviderResponse({ value: response ?? null, secrets }),
    error: sanitizeProviderResponse({ value: error, secrets }) as string,
    errorKind,
    retryable,
  };
}

/** Timeout / connection failure, or an HTTP error status with whatever body came back. */
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
    return failedResult({ provider, error: `network: ${http.message}`, errorKind: "network", retryable: true, secrets });
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
