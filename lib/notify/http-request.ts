const MAX_BODY_CHARS = 64_000;

export type ProviderHttpResponse =
  | { kind: "response"; httpStatus: number; text: string; json: unknown }
  | { kind: "timeout" }
  | { kind: "network"; message: string };

/**
 * One HTTP call to a provider with a hard timeout that covers reading the body too.
 * Never throws: the senders turn each outcome into a typed result.
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
    const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = (await response.text()).slice(0, MAX_BODY_CHARS);
    return { kind: "response", httpStatus: response.status, text, json: parseJsonOrUndefined(text) };
  } catch (error) {
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
      return { kind: "timeout" };
    }
    return { kind: "network", message: describeNetworkError(error) };
  }
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// undici wraps the useful part (ECONNREFUSED, ENOTFOUND) in `cause`; the URL is never included.
function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause: unknown = error.cause;
    if (cause && typeof cause === "object" && "code" in cause && typeof cause.code === "string") return cause.code;
    return error.message;
  }
  return "network error";
}

/** 408, 429 and 5xx are worth retrying later; other 4xx will fail the same way again. */
export function isRetryableHttpStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Keeps a path prefix in the base URL ("http://127.0.0.1:4010/meta" + "/v21.0/..."). */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path}`;
}
