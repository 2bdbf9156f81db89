import { readFileSync } from "node:fs";
import path from "node:path";

import { parseJson } from "@/lib/marketplaces/http/json";
import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";

// Helpers for connector tests (imported by *.test.ts only).

/** Tiny delays so retry/backoff tests finish in milliseconds. */
export const FAST_HTTP: HttpOptionsInput = {
  timeoutMs: 400,
  retries: 2,
  minRetryDelayMs: 5,
  maxRetryDelayMs: 20,
  maxRetryAfterMs: 2_000,
};

let keySeq = 0;
/** Fresh limiter key per connector so limiter state never leaks between tests. */
export function testAccountKey(): string {
  keySeq += 1;
  return `test-${process.pid}-${Date.now()}-${keySeq}`;
}

/** Fixture text verbatim from ../shared/marketplace-apis, parsed big-int-safely. */
export function readFixture(dir: string, name: string): unknown {
  return parseJson(readFileSync(path.join(dir, "fixtures", name), "utf8"));
}

export function readFixtureText(dir: string, name: string): string {
  return readFileSync(path.join(dir, "fixtures", name), "utf8");
}

export type StubRequest = { method: string; path: string; query: URLSearchParams; body: string };
export type StubReply = { status?: number; body?: unknown; raw?: string };
export type StubServer = { url: string; requests: StubRequest[]; close: () => Promise<void> };

/**
 * A local HTTP server answering with bodies the test writes from the spec (not the simulator's idea of the
 * API). `handle` returns null for 404. Binds 127.0.0.1 on a free port.
 */
export async function startStubServer(handle: (req: StubRequest) => StubReply | null): Promise<StubServer> {
  const { createServer } = await import("node:http");
  const requests: StubRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://stub");
      const request = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(request);
      const reply = handle(request);
      if (!reply) {
        res.writeHead(404, { "content-type": "application/json" }).end("{}");
        return;
      }
      const status = reply.status ?? 200;
      if (status === 204) return void res.writeHead(204).end();
      res
        .writeHead(status, { "content-type": "application/json" })
        .end(reply.raw ?? JSON.stringify(reply.body ?? null));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
