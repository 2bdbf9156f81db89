import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { createAmazonConnector } from "@/lib/marketplaces/amazon/connector";
import {
  MarketplaceAuthError,
  MarketplaceRateLimitError,
  MarketplaceRejectedError,
  MarketplaceResponseError,
  MarketplaceServerError,
  MarketplaceTimeoutError,
  MarketplaceUnsupportedError,
} from "@/lib/marketplaces/http/errors";
import type { HttpOptionsInput } from "@/lib/marketplaces/http/options";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { FAST_HTTP, testAccountKey } from "@/lib/marketplaces/test-support";

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.control.clearFaults();
  sim.control.clearRequests();
});

const ORDER = "111-2223334-4445556";

function connector({
  refreshToken,
  clientSecret,
  http,
}: { refreshToken?: string; clientSecret?: string; http?: HttpOptionsInput } = {}) {
  const c = sim.credentials.amazon;
  return createAmazonConnector({
    credentials: { ...c, refreshToken: refreshToken ?? c.refreshToken, clientSecret: clientSecret ?? c.clientSecret },
    baseUrls: sim.baseUrls.amazon,
    runtime: { http: { ...FAST_HTTP, ...http }, accountKey: testAccountKey() },
  });
}

describe("amazon connector over HTTP", () => {
  it("holds to the documented 1 request/second after a burst of 5", async () => {
    const amazon = connector();
    const startedAt = Date.now();
    await Promise.all(Array.from({ length: 7 }, () => amazon.listMessageTypes({ orderId: ORDER })));
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(1500);
  });

  it("exchanges the refresh token once, sends only an offered type (201), with x-amz-access-token", async () => {
    const amazon = connector();
    const before = sim.state.amazon.tokenRequests;
    expect(await amazon.listMessageTypes({ orderId: ORDER })).toEqual(["confirmDeliveryDetails", "unexpectedProblem"]);
    await amazon.sendMessage({ chat: { externalId: ORDER }, text: "Your parcel ships tomorrow." });
    await amazon.sendMessage({
      chat: { externalId: ORDER },
      text: "Sorry for the delay.",
      messageType: "unexpectedProblem",
    });
    expect(sim.state.amazon.tokenRequests - before).toBeLessThanOrEqual(1);
    expect(sim.control.sentMessages({ marketplace: "amazon" }).map((s) => s.extra?.messageType)).toEqual([
      "confirmDeliveryDetails",
      "unexpectedProblem",
    ]);
    const calls = sim.control.requests().filter((r) => r.path.startsWith("/amazon/"));
    expect(calls.every((r) => r.headers["x-amz-access-token"]?.startsWith("Atza|"))).toBe(true);
    expect(calls.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([201, 201]);
  });

  it("refuses types Amazon does not offer, e-mails and over-long text, before sending", async () => {
    const amazon = connector();
    await expect(
      amazon.sendMessage({ chat: { externalId: ORDER }, text: "x", messageType: "confirmOrderDetails" }),
    ).rejects.toMatchObject({
      vendorCode: "MESSAGE_TYPE_NOT_OFFERED",
      refusal: {
        code: "type_not_offered",
        params: {
          messageType: "confirmOrderDetails",
          order: ORDER,
          offered: "confirmDeliveryDetails, unexpectedProblem",
        },
      },
    });
    await expect(
      amazon.sendMessage({ chat: { externalId: "903-1671087-0812628" }, text: "hello" }),
    ).rejects.toMatchObject({ vendorCode: "MESSAGE_TYPE_NOT_OFFERED", refusal: { code: "text_not_offered" } });
    await expect(
      amazon.sendMessage({ chat: { externalId: ORDER }, text: "write me at a@b.com" }),
    ).rejects.toMatchObject({ vendorCode: "LOCAL_VALIDATION", refusal: { code: "email_address" } });
    expect(sim.control.requests().filter((r) => r.method === "POST" && r.path.startsWith("/amazon/"))).toHaveLength(0);
    await expect(amazon.fetchUpdates({ cursor: null })).rejects.toBeInstanceOf(MarketplaceUnsupportedError);
  });

  it("a bad refresh token -> MarketplaceAuthError carrying LWA's description", async () => {
    const error = await connector({ refreshToken: "Atzr|revoked" })
      .testConnection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as Error).message).toBe("The request has an invalid grant parameter : refresh_token");
    await expect(connector({ clientSecret: "wrong-secret-123" }).testConnection()).rejects.toThrow(
      "Client authentication failed",
    );
  });

  it("an expired access token (403) is refreshed once and the call retried", async () => {
    const amazon = connector();
    await amazon.listMessageTypes({ orderId: ORDER });
    for (const key of sim.state.amazon.accessTokens.keys()) sim.state.amazon.accessTokens.set(key, 0);
    await expect(amazon.listMessageTypes({ orderId: ORDER })).resolves.toHaveLength(2);
    expect(
      sim.control
        .requests()
        .filter((r) => r.path.startsWith("/amazon/"))
        .map((r) => r.status),
    ).toEqual([200, 403, 200]);
  });

  it("429 with Retry-After, 5xx retry, timeout, malformed", async () => {
    // The documented 1 req/s (burst 5) would make this test slow: lift it for this account.
    const amazon = connector({ http: { rateLimits: { messaging: { burst: 100, intervalMs: 10 } } } });
    await amazon.listMessageTypes({ orderId: ORDER });
    sim.control.clearRequests();
    sim.control.addFault({
      prefix: "/amazon",
      status: 429,
      message: "You exceeded your quota",
      retryAfterSeconds: 0.2,
    });
    sim.control.addFault({ prefix: "/amazon", status: 503 });
    const startedAt = Date.now();
    await amazon.listMessageTypes({ orderId: ORDER });
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(190);
    expect(sim.control.requests().map((r) => r.status)).toEqual([429, 503, 200]);
    sim.control.addFault({ prefix: "/amazon", status: 429, times: 3 });
    await expect(amazon.listMessageTypes({ orderId: ORDER })).rejects.toBeInstanceOf(MarketplaceRateLimitError);
    sim.control.addFault({ prefix: "/amazon", status: 500, times: 3 });
    await expect(amazon.listMessageTypes({ orderId: ORDER })).rejects.toBeInstanceOf(MarketplaceServerError);
    sim.control.addFault({ prefix: "/amazon", kind: "slow", delayMs: 300 });
    await expect(
      connector({ http: { timeoutMs: 100, retries: 0 } }).listMessageTypes({ orderId: ORDER }),
    ).rejects.toBeInstanceOf(MarketplaceTimeoutError);
    sim.control.addFault({ prefix: "/amazon", kind: "malformed" });
    await expect(amazon.listMessageTypes({ orderId: ORDER })).rejects.toBeInstanceOf(MarketplaceResponseError);
  });

  it("a 400 on send comes back with Amazon's reason", async () => {
    sim.control.addFault({
      prefix: "/amazon",
      method: "POST",
      kind: "moderation",
      message: "Message contains prohibited content",
    });
    const error = await connector()
      .sendMessage({ chat: { externalId: ORDER }, text: "Please leave us five stars!" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRejectedError);
    expect((error as MarketplaceRejectedError).reason).toBe("Message contains prohibited content");
  });
});
