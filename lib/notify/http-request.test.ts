import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { describe, expect, it } from "vitest";

import { isRetryableHttpStatus, joinUrl, requestProvider } from "@/lib/notify/http-request";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";

describe("requestProvider", () => {
  it("times out while the body is still streaming, not only before headers", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":'); // headers and half a body, then silence
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await requestProvider({
        url: `http://127.0.0.1:${port}/x`,
        headers: {},
        body: "{}",
        timeoutMs: 150,
      });
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
      expect(
        await requestProvider({ url: `http://127.0.0.1:${port}`, method: "GET", headers: {}, timeoutMs: 1_000 }),
      ).toEqual({
        kind: "response",
        httpStatus: 200,
        text: "plain",
        json: undefined,
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  // Tests allow 127.0.0.1 (vitest.config.ts, as a staging server would allow its stand-in); every other
  // non-public address stays refused.
  it.each([
    ["a name resolving to loopback", (port: number) => `http://localhost:${port}/sms/send`],
    ["IPv6 loopback", (port: number) => `http://[::1]:${port}/sms/send`],
    ["the cloud metadata address", () => "http://169.254.169.254/latest/meta-data/"],
    ["a private address", () => "http://10.0.0.7/sms/send"],
  ])("refuses a provider host on %s: nothing is sent", async (_name, url) => {
    const fake = await startFakeServer(() => ({ json: { status: "OK" } }));
    try {
      const port = Number(new URL(fake.baseUrl).port);
      expect(await requestProvider({ url: url(port), headers: {}, body: "x", timeoutMs: 2_000 })).toEqual({
        kind: "refused",
        reason: "blocked_address",
      });
      expect(fake.requests).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });

  it("does not follow a provider's redirect (a 302 would turn the POST into a GET to an internal address)", async () => {
    let internal = "";
    const fake = await startFakeServer((request) =>
      request.url === "/sms/send" ? { status: 302, headers: { location: internal } } : { json: { leaked: true } },
    );
    internal = `${fake.baseUrl}/internal`;
    try {
      const result = await requestProvider({
        url: `${fake.baseUrl}/sms/send`,
        headers: {},
        body: "x",
        timeoutMs: 2_000,
      });
      expect(result).toEqual({ kind: "refused", reason: "redirect" });
      expect(fake.requests.map((r) => r.url)).toEqual(["/sms/send"]);
    } finally {
      await fake.close();
    }
  });

  it("cuts off an answer past 64 KB instead of reading it", async () => {
    const fake = await startFakeServer(() => ({ text: "x".repeat(200 * 1024) }));
    try {
      expect(await requestProvider({ url: fake.baseUrl, headers: {}, body: "x", timeoutMs: 2_000 })).toEqual({
        kind: "refused",
        reason: "too_large",
      });
    } finally {
      await fake.close();
    }
  });

  it("classifies retryable statuses and joins base URLs with a path prefix", () => {
    expect([408, 429, 500, 503].every(isRetryableHttpStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableHttpStatus)).toBe(false);
    expect(joinUrl("http://127.0.0.1:1/meta/", "/v21.0/1/messages")).toBe("http://127.0.0.1:1/meta/v21.0/1/messages");
  });
});
