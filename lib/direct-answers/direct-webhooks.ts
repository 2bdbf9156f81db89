import type { IncomingMessage, ServerResponse } from "node:http";
import type { WebhookSource } from "@/lib/ingest/find-webhook-account";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";
import { HSTS_HEADER, isHttpsRequest, SECURITY_HEADERS } from "@/lib/http/security-headers";
import type { TLSSocket } from "node:tls";
import {
  answerWebhook,
  MAX_MARKETPLACE_WEBHOOK_BYTES,
  TOO_LARGE_ANSWER,
  type WebhookAnswer,
} from "@/lib/ingest/answer-webhook";

// Marketplace webhooks on the production server (server.mjs) skip Next.js's request pipeline, which
// costs a few milliseconds of the one JavaScript thread per request — more than storing the event.
// The same answerWebhook serves the route handlers (next dev, or `next start` without server.mjs), so
// both paths give the same answers; lib/direct-answers/direct-webhooks.int.test.ts checks that they do.

const PATHS: [RegExp, WebhookSource][] = Object.values(MARKETPLACE_DESCRIPTORS).flatMap((d) =>
  d.webhook ? [[d.webhook.requestPattern, d.webhook.source] as [RegExp, WebhookSource]] : [],
);

const HEADERS = { "content-type": "application/json", ...SECURITY_HEADERS };

/** The headers of an answer the server writes itself: JSON, the security set, HSTS over https. */
export function directAnswerHeaders(req: IncomingMessage): Record<string, string> {
  const https = isHttpsRequest({
    encrypted: Boolean((req.socket as TLSSocket).encrypted),
    forwardedProto: req.headers["x-forwarded-proto"],
  });
  return https ? { ...HEADERS, ...HSTS_HEADER } : HEADERS;
}

function match(url: string): { source: WebhookSource; secret: string } | null {
  const path = url.split("?", 1)[0]!;
  for (const [pattern, source] of PATHS) {
    const m = pattern.exec(path);
    if (!m) continue;
    try {
      return { source, secret: decodeURIComponent(m[1]!) };
    } catch {
      return null; // a malformed escape: let Next.js answer it
    }
  }
  return null;
}

function send(res: ServerResponse, answer: WebhookAnswer, close = false) {
  const headers = directAnswerHeaders(res.req);
  res.writeHead(answer.status, close ? { ...headers, connection: "close" } : headers);
  res.end(JSON.stringify(answer.body));
}

/** Answers a marketplace webhook and returns true, or returns false for every other request. */
export function handleDirectWebhook(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "POST" || !req.url) return false;
  const target = match(req.url);
  if (!target) return false;
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > MAX_MARKETPLACE_WEBHOOK_BYTES) {
    send(res, TOO_LARGE_ANSWER, true);
    req.resume();
    return true;
  }
  const chunks: Buffer[] = [];
  let total = 0;
  let refused = false;
  req.on("data", (chunk: Buffer) => {
    if (refused) return;
    total += chunk.length;
    if (total > MAX_MARKETPLACE_WEBHOOK_BYTES) {
      // Over the limit whatever Content-Length said: answer now, read no more into memory.
      refused = true;
      chunks.length = 0;
      send(res, TOO_LARGE_ANSWER, true);
      return;
    }
    chunks.push(chunk);
  });
  req.on("end", () => {
    if (refused) return;
    void answerWebhook({ ...target, body: Buffer.concat(chunks).toString("utf8") }).then((answer) => send(res, answer));
  });
  req.on("error", () => res.destroy());
  return true;
}
