import { guardedFetch } from "@/lib/net/guarded-fetch";
import { OutboundError, type OutboundErrorCode } from "@/lib/net/outbound-error";

// Provider answers are a few hundred bytes; anything past this is cut off unread.
export const MAX_PROVIDER_RESPONSE_BYTES = 64 * 1024;

export type ProviderHttpResponse =
  | { kind: "response"; httpStatus: number; text: string; json: unknown }
  | { kind: "timeout" }
  | { kind: "network"; message: string }
  /** The guarded client refused: a non-public address, a redirect, an oversize answer. Retrying cannot help. */
  | { kind: "refused"; reason: Exclude<OutboundErrorCode, "timeout" | "network"> };

/**
 * One HTTP call to a provider through the guarded outbound client, with a hard timeout that covers
 * reading the body too. Never throws: the senders turn each outcome into a typed result.
 */
export async function requestProvider({
  url,
  method = "POST",
  headers,
  body,
  timeoutMs,
}: {
  url: string;
  method?: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}): Promise<ProviderHttpResponse> {
  try {
    const response = await guardedFetch({
      url,
      method,
      headers,
      body,
      timeoutMs,
      maxBytes: MAX_PROVIDER_RESPONSE_BYTES,
    });
    const text = new TextDecoder().decode(response.bytes);
    return { kind: "response", httpStatus: response.status, text, json: parseJsonOrUndefined(text) };
  } catch (error) {
    if (!(error instanceof OutboundError)) return { kind: "network", message: "network error" };
    if (error.code === "timeout") return { kind: "timeout" };
    // The system code (ECONNREFUSED, ENOTFOUND) only; the URL is never included.
    if (error.code === "network") return { kind: "network", message: error.causeCode ?? "network error" };
    return { kind: "refused", reason: error.code };
  }
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** 408, 429 and 5xx are worth retrying later; other 4xx will fail the same way again. */
export function isRetryableHttpStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Keeps a path prefix in the base URL ("http://127.0.0.1:4010/meta" + "/v21.0/..."). */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}
