import crypto from "node:crypto";
import { logger } from "@/lib/log";
import type { WebhookSource } from "@/lib/ingest/find-webhook-account";
import { receiveWebhook } from "@/lib/ingest/receive-webhook";
import { unsafeJsonText } from "@/lib/http/unsafe-text";

const log = logger("webhooks");
export const MAX_MARKETPLACE_WEBHOOK_BYTES = 1024 * 1024;

export type WebhookAnswer = { status: number; body: unknown };

// Each marketplace's own shape for "try again later": the marketplace retries on 500.
const TECHNICAL_ERRORS: Record<WebhookSource, (requestId: string) => unknown> = {
  "yandex-market": (requestId) => ({ error: { type: "UNKNOWN", message: `Internal error, request ${requestId}` } }),
  avito: (requestId) => ({ error: { code: "internal", message: `Internal error, request ${requestId}` } }),
  ozon: (requestId) => ({ error: { code: "ERROR_UNKNOWN", message: `Internal error, request ${requestId}`, details: null } }),
};

// Each marketplace's own shape for a request it must not repeat as is (4xx).
const UNSAFE_TEXT_ERRORS: Record<WebhookSource, (message: string) => unknown> = {
  "yandex-market": (message) => ({ error: { type: "WRONG_EVENT_FORMAT", message } }),
  avito: (message) => ({ error: { code: "bad_request", message } }),
  ozon: (message) => ({ error: { code: "ERROR_UNKNOWN", message, details: null } }),
};

export const TOO_LARGE_ANSWER: WebhookAnswer = {
  status: 413,
  body: { error: { code: "payload_too_large", message: `Body over ${MAX_MARKETPLACE_WEBHOOK_BYTES} bytes` } },
};

/**
 * What a marketplace webhook gets back, whichever way it came in (the route handlers or the production
 * server's direct path, lib/http/direct-webhooks.ts): 404 for an unknown secret, the marketplace's
 * expected answer once the events are stored, 400 in the marketplace's error shape for text no
 * database can store (a NUL, a lone surrogate: refused before it can join other tenants' batched
 * insert), the marketplace's error shape with 500 on a technical failure — never a stack.
 */
export async function answerWebhook({ source, secret, body }: { source: WebhookSource; secret: string; body: string }): Promise<WebhookAnswer> {
  const unsafe = unsafeJsonText(body);
  if (unsafe) return { status: 400, body: UNSAFE_TEXT_ERRORS[source](unsafe.ru) };
  try {
    const reply = await receiveWebhook({ source, secret, body });
    if (!reply) return { status: 404, body: { error: { code: "not_found", message: "Unknown webhook" } } };
    return reply;
  } catch (error) {
    const requestId = crypto.randomUUID();
    log.error("webhook failed", { source, requestId, error: error instanceof Error ? error.message : String(error) });
    return { status: 500, body: TECHNICAL_ERRORS[source](requestId) };
  }
}
