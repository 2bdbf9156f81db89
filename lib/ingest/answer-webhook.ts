import crypto from "node:crypto";
import { logger } from "@/lib/log";
import { webhookOf, type WebhookSource } from "@/lib/ingest/find-webhook-account";
import { receiveWebhook } from "@/lib/ingest/receive-webhook";
import { unsafeJsonText } from "@/lib/http/unsafe-text";

const log = logger("webhooks");
export const MAX_MARKETPLACE_WEBHOOK_BYTES = 1024 * 1024;

export type WebhookAnswer = { status: number; body: unknown };

export const TOO_LARGE_ANSWER: WebhookAnswer = {
  status: 413,
  body: { error: { code: "payload_too_large", message: `Body over ${MAX_MARKETPLACE_WEBHOOK_BYTES} bytes` } },
};

/**
 * What a marketplace webhook gets back, whichever way it came in (the route handlers or the production
 * server's direct path, lib/direct-answers/direct-webhooks.ts): 404 for an unknown secret, the marketplace's
 * expected answer once the events are stored, 400 in the marketplace's error shape for text no
 * database can store (a NUL, a lone surrogate: refused before it can join other tenants' batched
 * insert), the marketplace's error shape with 500 on a technical failure — never a stack.
 */
export async function answerWebhook({
  source,
  secret,
  body,
}: {
  source: WebhookSource;
  secret: string;
  body: string;
}): Promise<WebhookAnswer> {
  const unsafe = unsafeJsonText(body);
  if (unsafe) return { status: 400, body: webhookOf({ source }).badRequest(unsafe.ru) };
  try {
    const reply = await receiveWebhook({ source, secret, body });
    if (!reply) return { status: 404, body: { error: { code: "not_found", message: "Unknown webhook" } } };
    return reply;
  } catch (error) {
    const requestId = crypto.randomUUID();
    log.error("webhook failed", { source, requestId, error: error instanceof Error ? error.message : String(error) });
    return { status: 500, body: webhookOf({ source }).technicalError(requestId) };
  }
}
