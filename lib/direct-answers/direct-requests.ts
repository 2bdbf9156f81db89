import type { IncomingMessage, ServerResponse } from "node:http";
import { directAnswerHeaders, handleDirectWebhook } from "@/lib/direct-answers/direct-webhooks";
import { MAX_REPLY_BODY_BYTES } from "@/lib/inbox/reply-body-limit";

// What the production server (server.mjs) answers before Next.js sees a request: a body declared
// larger than any route accepts (413, then the connection is cut; nothing kept), then marketplace webhooks.
// Each route still reads its own body against its own, smaller limit while it streams (chunked
// bodies declare no length): lib/http/read-limited-body.ts.
// These answers call the domains (the reply limit, webhook ingestion), so they sit above them beside
// lib/start-server.ts, not in lib/http, which the domains themselves use.

/** Anything but a reply with files or Inngest: the largest JSON or webhook body any route reads is 1 MB. */
const DEFAULT_MAX_BYTES = 1024 * 1024;
const REPLY_PATH = /^\/api\/chats\/[^/]+\/replies(?:\/[^/]+\/retry)?$/;
// Inngest's calls (signed, read by its own serve handler) carry the run's event and step state:
// its documented maximum is 32 MB.
const INNGEST_PATH = "/api/inngest";
const INNGEST_MAX_BYTES = 32 * 1024 * 1024;

export function maxRequestBytes(url: string): number {
  const path = url.split("?", 1)[0]!;
  if (REPLY_PATH.test(path)) return MAX_REPLY_BODY_BYTES;
  if (path === INNGEST_PATH) return INNGEST_MAX_BYTES;
  return DEFAULT_MAX_BYTES;
}

/** Answers 413 and returns true for a body declared over its path's limit. */
export function refuseOversizeRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const declared = Number(req.headers["content-length"]);
  if (!Number.isFinite(declared) || declared <= maxRequestBytes(req.url ?? "/")) return false;
  res.writeHead(413, directAnswerHeaders(req));
  res.end(JSON.stringify({ error: { code: "payload_too_large", message: "Request body too large" } }));
  lingerThenClose(req);
  return true;
}

// The client is still sending when the 413 goes out: a connection closed at once is reset before the
// client reads the answer (it sees a broken pipe, not the 413). As web servers do, the rest of the body
// is read and dropped (never kept) for a moment, then the connection is cut.
const LINGER_MS = 2_000;
const LINGER_MAX_BYTES = 64 * 1024 * 1024;

function lingerThenClose(req: IncomingMessage) {
  const socket = req.socket;
  let dropped = 0;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_MAX_BYTES) socket.destroy();
  });
  // A body that ends within the moment leaves the connection as it is.
  req.on("end", () => clearTimeout(timer));
}

export function handleDirectRequest(req: IncomingMessage, res: ServerResponse): boolean {
  return refuseOversizeRequest(req, res) || handleDirectWebhook(req, res);
}

const KEY = Symbol.for("agentiq.directRequestHandler");

/** Offers the direct answers to server.mjs once the server is ready (instrumentation, after migrations). */
export function registerDirectRequests() {
  (globalThis as Record<symbol, unknown>)[KEY] = handleDirectRequest;
}
