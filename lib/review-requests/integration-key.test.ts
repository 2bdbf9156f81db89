import { describe, expect, it } from "vitest";

import {
  generateIntegrationKey,
  hashIntegrationKey,
  keyHashesMatch,
  maskIntegrationKey,
  readWebhookKey,
} from "@/lib/review-requests/integration-key";

const read = (url: string, headers: Record<string, string> = {}) =>
  readWebhookKey({ url: new URL(url), headers: new Headers(headers) });

describe("integration keys", () => {
  it("are random, source-tagged, and stored as a SHA-256 digest", () => {
    const a = generateIntegrationKey({ slug: "amocrm" });
    const b = generateIntegrationKey({ slug: "amocrm" });
    expect(a).toMatch(/^rr_amocrm_[\w-]{32}$/);
    expect(a).not.toBe(b);
    expect(hashIntegrationKey("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashIntegrationKey("demo-iiko")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIntegrationKey("demo-iiko")).not.toBe(hashIntegrationKey("demo-iikO"));
    expect(maskIntegrationKey(a)).toBe(`rr_a…${a.slice(-4)}`);
  });

  it("compare digests exactly", () => {
    const h = hashIntegrationKey("k1");
    expect(keyHashesMatch(h, hashIntegrationKey("k1"))).toBe(true);
    expect(keyHashesMatch(h, hashIntegrationKey("k2"))).toBe(false);
    expect(keyHashesMatch(h, h.slice(0, 62))).toBe(false);
    expect(keyHashesMatch("", "")).toBe(false);
  });

  it("are read from ?key=, X-Api-Key or Authorization: Bearer, in that order", () => {
    expect(read("https://x/api/webhook/iiko?key=q1")).toBe("q1");
    expect(read("https://x/api/webhook/iiko", { "x-api-key": " h1 " })).toBe("h1");
    expect(read("https://x/api/webhook/iiko", { authorization: "Bearer b1" })).toBe("b1");
    expect(read("https://x/api/webhook/iiko", { authorization: "bearer b2" })).toBe("b2");
    expect(read("https://x/api/webhook/iiko?key=q1", { "x-api-key": "h1", authorization: "Bearer b1" })).toBe("q1");
    expect(read("https://x/api/webhook/iiko", { authorization: "Basic Zm9vOmJhcg==" })).toBeUndefined();
    expect(read("https://x/api/webhook/iiko?key=", { "x-api-key": "" })).toBeUndefined();
  });
});
