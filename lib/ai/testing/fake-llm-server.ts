import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in OpenAI-compatible server on 127.0.0.1 and an ephemeral port, for tests only: the LLM
// path is never exercised against a real provider.

export type FakeReply =
  | { kind: "json"; status?: number; body: unknown }
  | { kind: "text"; status: number; body: string; contentType?: string }
  | { kind: "sse"; events: string[]; delayMs?: number; end?: boolean }
  // Bytes exactly as given, to split events, lines and even UTF-8 characters across network writes.
  | { kind: "bytes"; pieces: Uint8Array[]; delayMs?: number }
  | { kind: "hang" };

export type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: unknown };

export type FakeLlmServer = {
  baseUrl: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
};

export function completion(content: string | null): unknown {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    model: "fake-model",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
  };
}

// SSE "data:" payloads for a streamed answer split into the given pieces, ending with [DONE].
export function sseChunks(pieces: string[]): string[] {
  return [
    ...pieces.map((content) => JSON.stringify({ choices: [{ index: 0, delta: { content }, finish_reason: null }] })),
    JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }),
    "[DONE]",
  ];
}

async function writeSse(res: ServerResponse, reply: Extract<FakeReply, { kind: "sse" }>) {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  res.write(": keep-alive\n\n");
  for (const event of reply.events) {
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    res.write(`data: ${event}\n\n`);
  }
  if (reply.end !== false) res.end();
}

async function writeBytes(res: ServerResponse, reply: Extract<FakeReply, { kind: "bytes" }>) {
  res.writeHead(200, { "content-type": "text/event-stream" });
  for (const piece of reply.pieces) {
    await new Promise((r) => setTimeout(r, reply.delayMs ?? 10));
    if (res.destroyed) return;
    res.write(piece);
  }
  res.end();
}

export async function startFakeLlmServer(reply: (request: RecordedRequest) => FakeReply): Promise<FakeLlmServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (raw += chunk));
    req.on("end", () => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // kept as text: a test may check that the client sent JSON
      }
      const recorded: RecordedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      requests.push(recorded);
      const r = reply(recorded);
      if (r.kind === "json") {
        res.writeHead(r.status ?? 200, { "content-type": "application/json" });
        res.end(JSON.stringify(r.body));
      } else if (r.kind === "text") {
        res.writeHead(r.status, { "content-type": r.contentType ?? "text/plain" });
        res.end(r.body);
      } else if (r.kind === "sse") {
        void writeSse(res, r);
      } else if (r.kind === "bytes") {
        void writeBytes(res, r);
      }
      // "hang": never answer; the client's timeout has to end the request.
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
