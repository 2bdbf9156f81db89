// The browser's one way to call our own API: JSON in and out, a refusal thrown as ApiError with the
// status, the machine code, the reason and the field issues the route answered with (lib/http/route.ts).
import { TAB_HEADER, TAB_ID } from "@/components/api/tab-id";

/** A field the route refused: its dotted path and zod's issue code (the message is for logs, in English). */
export type ApiIssue = { path: string; code?: string; message: string };

/** What a route puts in `error.details`: a machine reason, words in both languages, guardrail findings, more per route. */
export type ApiErrorDetails = {
  reason?: string;
  ru?: string;
  en?: string;
  findings?: { message: string; messageEn?: string; kind?: string; severity?: string }[];
  [key: string]: unknown;
};

/** A refused or failed request. `status` 0 and code "network" when the server was not reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly issues: ApiIssue[] = [],
    readonly details: ApiErrorDetails = {},
    /** Seconds from a 429's Retry-After header, else 0. */
    readonly retryAfter = 0,
  ) {
    super(`${code} (${status})`);
    this.name = "ApiError";
  }

  get reason(): string | undefined {
    return typeof this.details.reason === "string" ? this.details.reason : undefined;
  }
}

export type ApiRequest = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
  keepalive?: boolean;
  /** A lapsed session sends the page to sign-in (default); public forms keep the visitor where they are. */
  signInOn401?: boolean;
};

type ErrorBody = { error?: { code?: unknown; issues?: unknown; details?: unknown } } | null;

/** Calls `url` and returns its JSON body (null for 204), or throws ApiError. */
export async function api<T>(
  url: string,
  { method = "GET", body, signal, keepalive, signInOn401 = true }: ApiRequest = {},
): Promise<T> {
  const res = await send(url, { method, body, signal, keepalive });
  const json = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return json as T;
  if (res.status === 401 && signInOn401 && typeof window !== "undefined") {
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- a full load, not the router: this runs outside React and sign-in must read the lapsed session afresh
    window.location.href = `/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
  }
  throw apiErrorOf(res, json as ErrorBody);
}

/** The raw response of a request whose body is not JSON (a stream), still refused as ApiError. */
export async function apiResponse(url: string, init: Omit<ApiRequest, "signInOn401"> = {}): Promise<Response> {
  const res = await send(url, init);
  if (res.ok) return res;
  throw apiErrorOf(res, (await res.json().catch(() => null)) as ErrorBody);
}

async function send(
  url: string,
  { method = "GET", body, signal, keepalive }: Omit<ApiRequest, "signInOn401">,
): Promise<Response> {
  try {
    const isForm = typeof FormData !== "undefined" && body instanceof FormData;
    return await fetch(url, {
      method,
      signal,
      keepalive,
      headers:
        body === undefined || isForm
          ? { [TAB_HEADER]: TAB_ID }
          : { "content-type": "application/json", [TAB_HEADER]: TAB_ID },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, "network");
  }
}

function apiErrorOf(res: Response, json: ErrorBody): ApiError {
  const error = json?.error;
  const code = typeof error?.code === "string" ? error.code : "http";
  const issues = Array.isArray(error?.issues)
    ? (error.issues as ApiIssue[]).filter((i) => typeof i?.path === "string")
    : [];
  const details = error?.details && typeof error.details === "object" ? (error.details as ApiErrorDetails) : {};
  return new ApiError(res.status, code, issues, details, Number(res.headers.get("retry-after") ?? 0) || 0);
}
