import pRetry from "p-retry";
import type { z } from "zod";

import type { Marketplace } from "@/lib/marketplaces/marketplace";
import {
  MarketplaceAuthError,
  MarketplaceError,
  MarketplaceNetworkError,
  MarketplaceRateLimitError,
  MarketplaceRefusedError,
  MarketplaceRejectedError,
  MarketplaceRequestError,
  MarketplaceResponseError,
  MarketplaceServerError,
  MarketplaceTimeoutError,
} from "@/lib/marketplaces/http/errors";
import { parseJson, stringifyJson } from "@/lib/marketplaces/http/json";
import { guardedFetch, type GuardedRequest, type GuardedResponse } from "@/lib/net/guarded-fetch";
import { OutboundError } from "@/lib/net/outbound-error";
import type { HttpOptions } from "@/lib/marketplaces/http/options";
import { getLimiter, type RateLimitInput } from "@/lib/marketplaces/http/rate-limit";
import { parseRetryAfterMs } from "@/lib/marketplaces/http/retry-after";
import { cleanText } from "@/lib/net/clean-text";

/** What a vendor's error body says, extracted by the connector's own describer (each vendor has its own shape). */
export type VendorErrorDescription = { message: string; vendorCode?: string | null };

export type HttpContext = {
  marketplace: Marketplace;
  options: HttpOptions;
  accountKey: string;
  /** Documented limits per bucket; `options.rateLimits` may override them. */
  rateLimits: Record<string, RateLimitInput>;
  describeError: (input: { status: number; body: unknown; text: string }) => VendorErrorDescription | null;
  /** Statuses meaning "rate limited": 429 everywhere, 420 on Yandex Market. */
  rateLimitStatuses?: readonly number[];
  /** Adds auth headers; may fetch and cache a token. */
  authorize?: (headers: Headers) => Promise<void>;
  /** Called on 401/403: drop a cached token and return true to try once more with a fresh one. */
  onAuthRejected?: () => boolean;
  /** The guarded outbound client; tests pass one with their own policy. Never a plain fetch. */
  send?: (request: GuardedRequest) => Promise<GuardedResponse>;
};

type QueryValue = string | number | boolean | null | undefined;

export type RequestSpec = {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  url: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  form?: FormData;
  urlencoded?: URLSearchParams;
  headers?: Record<string, string>;
  bucket: string;
  /** Non-idempotent write: a timeout or a 500 may have been applied, so those are not retried. */
  write?: boolean;
  /** Non-2xx statuses returned to the caller instead of thrown (WB download: 202, 451). */
  passStatuses?: readonly number[];
  /** Skip `authorize` (token endpoints). */
  anonymous?: boolean;
};

export type RawResponse = { status: number; headers: Headers; bytes: Uint8Array };

const SAFE_RETRY_WRITE_STATUSES = new Set([502, 503, 504]);
const NOTHING_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

function buildUrl(spec: RequestSpec): string {
  const url = new URL(spec.url);
  for (const [key, value] of Object.entries(spec.query ?? {})) {
    if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

function buildBody(spec: RequestSpec, headers: Headers): GuardedRequest["body"] {
  if (spec.json !== undefined) {
    headers.set("content-type", "application/json");
    return stringifyJson(spec.json);
  }
  if (spec.form) return spec.form;
  if (spec.urlencoded) {
    headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
    return spec.urlencoded.toString();
  }
  return undefined;
}

function classifyThrown(ctx: HttpContext, spec: RequestSpec, error: unknown): MarketplaceError {
  if (error instanceof MarketplaceError) return error;
  const where = `${spec.method} ${new URL(spec.url).pathname}`;
  const outbound =
    error instanceof OutboundError ? error : new OutboundError("network", "network error", { cause: error });
  const base = { marketplace: ctx.marketplace, cause: error };
  switch (outbound.code) {
    case "timeout":
      return new MarketplaceTimeoutError({
        ...base,
        message: `${ctx.marketplace}: no response to ${where} within ${ctx.options.timeoutMs} ms`,
        retryable: !spec.write,
      });
    case "too_large":
      return new MarketplaceResponseError({
        ...base,
        message: `${ctx.marketplace}: the answer to ${where} is larger than ${ctx.options.maxResponseBytes} bytes`,
      });
    case "network":
      return new MarketplaceNetworkError({
        ...base,
        message: `${ctx.marketplace}: ${where} failed: ${outbound.causeCode ?? "network error"}`,
        retryable: !spec.write || (outbound.causeCode !== null && NOTHING_SENT_CODES.has(outbound.causeCode)),
      });
    default:
      // A non-public address, a redirect, a URL that is not http(s): the same request is refused again.
      return new MarketplaceRefusedError({
        ...base,
        message: `${ctx.marketplace}: ${where} refused (${outbound.code})`,
        status: outbound.status,
      });
  }
}

function describe(ctx: HttpContext, status: number, bytes: Uint8Array): VendorErrorDescription {
  const text = new TextDecoder().decode(bytes);
  let body: unknown = null;
  try {
    body = text ? parseJson(text) : null;
  } catch {
    body = null;
  }
  const described = ctx.describeError({ status, body, text });
  // Only what the vendor's documented error fields say, cleaned and short: a body that is not a vendor
  // error (an HTML page, a proxy's answer) is never passed on, only its status.
  const message = described?.message ? cleanText({ text: described.message, secrets: [] }) : "";
  const vendorCode = described?.vendorCode ? cleanText({ text: described.vendorCode, secrets: [], max: 64 }) : null;
  return { message: message || `HTTP ${status}`, vendorCode };
}

function classifyStatus(ctx: HttpContext, spec: RequestSpec, res: RawResponse): MarketplaceError {
  const { status } = res;
  const { message, vendorCode } = describe(ctx, status, res.bytes);
  const base = { marketplace: ctx.marketplace, status, vendorCode, vendorMessage: message };
  if ((ctx.rateLimitStatuses ?? [429]).includes(status)) {
    return new MarketplaceRateLimitError({
      ...base,
      message: `${ctx.marketplace}: rate limited (${status}): ${message}`,
      retryAfterMs: parseRetryAfterMs({ headers: res.headers }),
    });
  }
  if (status === 401 || status === 403) return new MarketplaceAuthError({ ...base, message });
  if (status >= 500) {
    return new MarketplaceServerError({
      ...base,
      message: `${ctx.marketplace}: server error ${status}: ${message}`,
      retryable: !spec.write || SAFE_RETRY_WRITE_STATUSES.has(status),
    });
  }
  if (spec.write && status !== 404) return new MarketplaceRejectedError({ ...base, message, reason: message });
  return new MarketplaceRequestError({ ...base, message: `${ctx.marketplace}: ${status}: ${message}` });
}

async function attemptOnce(ctx: HttpContext, spec: RequestSpec): Promise<RawResponse> {
  const headers = new Headers(spec.headers);
  if (!spec.anonymous && ctx.authorize) await ctx.authorize(headers);
  const body = buildBody(spec, headers);
  const send = ctx.send ?? guardedFetch;
  try {
    return await send({
      url: buildUrl(spec),
      method: spec.method,
      headers,
      body,
      timeoutMs: ctx.options.timeoutMs,
      maxBytes: ctx.options.maxResponseBytes,
    });
  } catch (error) {
    throw classifyThrown(ctx, spec, error);
  }
}

async function attemptWithAuthRefresh(ctx: HttpContext, spec: RequestSpec): Promise<RawResponse> {
  const limiter = getLimiter({
    bucket: `${ctx.marketplace}:${spec.bucket}`,
    accountKey: ctx.accountKey,
    limit: {
      ...(ctx.rateLimits[spec.bucket] ?? { burst: 10, intervalMs: 1000 }),
      ...ctx.options.rateLimits[spec.bucket],
    },
  });
  let refreshed = false;
  for (;;) {
    const res = await limiter.schedule(() => attemptOnce(ctx, spec));
    const ok = (res.status >= 200 && res.status < 300) || spec.passStatuses?.includes(res.status);
    if (ok) return res;
    const error = classifyStatus(ctx, spec, res);
    if (error instanceof MarketplaceAuthError && !refreshed && !spec.anonymous && ctx.onAuthRejected?.()) {
      refreshed = true;
      continue;
    }
    throw error;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** One HTTP exchange with limiter, timeout, bounded jittered retries and typed errors. */
export async function sendRequest(ctx: HttpContext, spec: RequestSpec): Promise<RawResponse> {
  const { options } = ctx;
  return pRetry(() => attemptWithAuthRefresh(ctx, spec), {
    retries: options.retries,
    minTimeout: options.minRetryDelayMs,
    maxTimeout: options.maxRetryDelayMs,
    factor: 2,
    randomize: true,
    shouldRetry: ({ error }) => {
      if (!(error instanceof MarketplaceError) || !error.retryable) return false;
      if (error instanceof MarketplaceRateLimitError) return (error.retryAfterMs ?? 0) <= options.maxRetryAfterMs;
      return true;
    },
    onFailedAttempt: async ({ error, retriesLeft }) => {
      if (error instanceof MarketplaceRateLimitError && retriesLeft > 0 && error.retryAfterMs !== null) {
        if (error.retryAfterMs <= options.maxRetryAfterMs) await sleep(error.retryAfterMs);
      }
    },
  });
}

function decode(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Sends, parses JSON big-int-safely and validates against the vendor schema. */
export async function requestJson<S extends z.ZodType>(
  ctx: HttpContext,
  spec: RequestSpec,
  schema: S,
): Promise<z.output<S>> {
  const res = await sendRequest(ctx, spec);
  return parseJsonBody({ ctx, spec, res, schema });
}

export function parseJsonBody<S extends z.ZodType>({
  ctx,
  spec,
  res,
  schema,
}: {
  ctx: HttpContext;
  spec: RequestSpec;
  res: RawResponse;
  schema: S;
}): z.output<S> {
  const where = `${spec.method} ${new URL(spec.url).pathname}`;
  const text = decode(res.bytes);
  let body: unknown;
  try {
    body = text.trim() === "" ? null : parseJson(text);
  } catch (error) {
    throw new MarketplaceResponseError({
      marketplace: ctx.marketplace,
      status: res.status,
      message: `${ctx.marketplace}: malformed JSON from ${where}`,
      cause: error,
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new MarketplaceResponseError({
      marketplace: ctx.marketplace,
      status: res.status,
      message: `${ctx.marketplace}: unexpected response shape from ${where}: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; ")}`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
