import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { describe, expect, it } from "vitest";

import { isRetryableHttpStatus, joinUrl, requestProvider } from "@/lib/notify/http-request";

describe("requestProvider", () => {
  it("times out while the body is still streaming, not only before headers", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":'); // headers and half a body, then silence
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await requestProvider({ url: `http://127.0.0.1:${port}/x`, headers: {}, body: "{}", timeoutMs: 150 });
      expect(result).toEqual({ kind: "timeout" });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("keeps the text of a non-JSON answer", async () => {
    const server = createServer((_req, res) => res.end("plain"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await requestProvider({ url: `http://127.0.0.1:${port}`, method: "GET", headers: {}, timeoutMs: 1_000 })).toEqual({
        kind: "response",
        httpStatus: 200,
        text: "plain",
        json: undefined,
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("classifies retryable statuses and joins base URLs with a path prefix", () => {
    expect([408, 429, 500, 503].every(isRetryableHttpStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableHttpStatus)).toBe(false);
    expect(joinUrl("http://127.0.0.1:1/meta/", "/v21.0/1/messages")).toBe("http://127.0.0.1:1/meta/v21.0/1/messages");
  });
});
