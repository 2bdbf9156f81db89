import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import {
  MarketplaceRefusedError,
  MarketplaceRequestError,
  MarketplaceResponseError,
  MarketplaceServerError,
} from "@/lib/marketplaces/http/errors";
import { httpOptionsSchema } from "@/lib/marketplaces/http/options";
import { requestJson, type HttpContext } from "@/lib/marketplaces/http/request";
import { createOutboundClient } from "@/lib/net/guarded-fetch";

// The transport every connector uses: it goes through the guarded client and never passes a raw body on.

let server: http.Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/html-error")
      res
        .writeHead(502, { "content-type": "text/html" })
        .end(`<html><body>${"upstream proxy internals ".repeat(200)}</body></html>`);
    else if (req.url === "/vendor-error")
      res
        .writeHead(400, { "content-type": "application/json" })
        .end(JSON.stringify({ message: `Chat closed\u0000\n${"x".repeat(2_000)}` }));
    else if (req.url === "/redirect")
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    else if (req.url === "/big")
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ rows: "y".repeat(4_096) }));
    else if (req.url === "/bad-json")
      res.writeHead(200, { "content-type": "application/json" }).end("{not json: secret-ish internals");
    else res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function context({
  allowLocal = true,
  maxResponseBytes,
}: { allowLocal?: boolean; maxResponseBytes?: number } = {}): HttpContext {
  const client = createOutboundClient({
    policy: { allowedHosts: allowLocal ? [{ hostname: "127.0.0.1", port: null }] : [] },
  });
  return {
    marketplace: "ozon",
    options: httpOptionsSchema.parse({
      retries: 2,
      minRetryDelayMs: 0,
      maxRetryDelayMs: 0,
      timeoutMs: 2_000,
      maxResponseBytes,
    }),
    accountKey: "test",
    rateLimits: {},
    describeError: ({ body }) => {
      const parsed = z.object({ message: z.string() }).safeParse(body);
      return parsed.success ? { message: parsed.data.message } : null;
    },
    send: client.fetch,
  };
}

const get = (url: string) => ({ method: "GET" as const, url, bucket: "default" });

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: Error) => error,
  );
}

describe("marketplace transport", () => {
  it("refuses an API base URL on a non-public address at request time, once, without retrying", async () => {
    hits.length = 0;
    for (const url of [
      `${base}/api`,
      "http://10.0.0.1/api",
      "http://169.254.169.254/latest/meta-data/",
      `http://localhost:${new URL(base).port}/api`,
    ]) {
      const error = await rejection(requestJson(context({ allowLocal: false }), get(url), z.unknown()));
      expect(error).toBeInstanceOf(MarketplaceRefusedError);
      expect(error).toMatchObject({ retryable: false });
      expect(error.message).toContain("blocked_address");
    }
    expect(hits).toEqual([]);
  });

  it("does not follow a redirect", async () => {
    const error = await rejection(requestJson(context(), get(`${base}/redirect`), z.unknown()));
    expect(error).toBeInstanceOf(MarketplaceRefusedError);
    expect(error).toMatchObject({ retryable: false, status: 302 });
  });

  it("never passes a raw error body on: an HTML page becomes its status, a vendor message is cleaned and capped", async () => {
    const html = await rejection(requestJson(context(), get(`${base}/html-error`), z.unknown()));
    expect(html).toBeInstanceOf(MarketplaceServerError);
    expect((html as MarketplaceServerError).vendorMessage).toBe("HTTP 502");
    expect(html.message).not.toContain("internals");
    const vendor = await rejection(requestJson(context(), get(`${base}/vendor-error`), z.unknown()));
    expect(vendor).toBeInstanceOf(MarketplaceRequestError);
    expect((vendor as MarketplaceRequestError).vendorMessage).toMatch(/^Chat closed\uFFFD x+…$/);
    expect((vendor as MarketplaceRequestError).vendorMessage!.length).toBeLessThanOrEqual(301);
    const malformed = await rejection(requestJson(context(), get(`${base}/bad-json`), z.unknown()));
    expect(malformed).toBeInstanceOf(MarketplaceResponseError);
    expect(malformed.message).not.toContain("internals");
  });

  it("refuses an answer past the size cap", async () => {
    const error = await rejection(requestJson(context({ maxResponseBytes: 1_024 }), get(`${base}/big`), z.unknown()));
    expect(error).toBeInstanceOf(MarketplaceResponseError);
  });
});
