import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrlFields, baseUrlPolicyFor, baseUrlsInputSchema, resolveBaseUrls } from "@/lib/accounts/base-urls";
import { parseEnv } from "@/lib/env";
import { PRODUCTION_KEYS } from "@/lib/test/production-keys";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-base-urls-"));
const policyFor = (vars: Record<string, string>) =>
  baseUrlPolicyFor({ env: parseEnv({ DATA_DIR: dataDir, ...PRODUCTION_KEYS, ...vars }) });
// A production server configured for the simulator (as the e2e server is).
const production = policyFor({ NODE_ENV: "production", ALLOW_SIMULATOR: "1" });

describe("resolveBaseUrls", () => {
  it("keeps the given keys, drops empty ones and trailing slashes; nothing given means the real hosts", () => {
    expect(
      resolveBaseUrls({
        marketplace: "wildberries",
        baseUrls: { chat: "http://127.0.0.1:4010/wb-chat/", feedbacks: "" },
        policy: production,
      }),
    ).toEqual({
      chat: "http://127.0.0.1:4010/wb-chat",
    });
    expect(
      resolveBaseUrls({ marketplace: "wildberries", baseUrls: { chat: "", feedbacks: "" }, policy: production }),
    ).toBeNull();
    expect(resolveBaseUrls({ marketplace: "ozon", baseUrls: undefined, policy: production })).toBeNull();
  });

  it("refuses keys the marketplace does not have", () => {
    expect(() =>
      resolveBaseUrls({ marketplace: "ozon", baseUrls: { chat: "http://127.0.0.1:4010/ozon" }, policy: production }),
    ).toThrow(/Unknown base URL "chat"/);
  });

  it("on a production server accepts only origins its configuration allows (no token sent to arbitrary hosts)", () => {
    expect(() =>
      resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://169.254.169.254/latest" }, policy: production }),
    ).toThrow(/not allowed/);
    expect(() =>
      resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://10.0.0.1/ozon" }, policy: production }),
    ).toThrow(/not allowed/);
    expect(() =>
      resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://127.0.0.1:4011/ozon" }, policy: production }),
    ).toThrow(/not allowed/);
    const staging = policyFor({ NODE_ENV: "production", OUTBOUND_ALLOW_HOSTS: "ozon-stub.internal:8080" });
    expect(
      resolveBaseUrls({
        marketplace: "ozon",
        baseUrls: { api: "http://ozon-stub.internal:8080/ozon" },
        policy: staging,
      }),
    ).toEqual({ api: "http://ozon-stub.internal:8080/ozon" });
  });

  it("in production the simulator is not allowed by default: only when the server is configured for it", () => {
    const plain = policyFor({ NODE_ENV: "production" });
    expect(() =>
      resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://127.0.0.1:4010/ozon" }, policy: plain }),
    ).toThrow(/not allowed/);
    expect(
      resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://127.0.0.1:4010/ozon" }, policy: production }),
    ).toEqual({ api: "http://127.0.0.1:4010/ozon" });
  });

  it("in development any http(s) URL is accepted here (the guarded client still refuses non-public addresses when called)", () => {
    const dev = policyFor({ NODE_ENV: "development" });
    expect(
      resolveBaseUrls({ marketplace: "ozon", baseUrls: { api: "http://127.0.0.1:4011/ozon" }, policy: dev }),
    ).toEqual({ api: "http://127.0.0.1:4011/ozon" });
  });
});

describe("baseUrlFields", () => {
  it("lists each marketplace's base URL keys with the real default", () => {
    expect(baseUrlFields({ marketplace: "wildberries" })).toEqual([
      { name: "chat", defaultUrl: "https://buyer-chat-api.wildberries.ru" },
      { name: "feedbacks", defaultUrl: "https://feedbacks-api.wildberries.ru" },
    ]);
    // Amazon's API host follows the region: no single default.
    expect(baseUrlFields({ marketplace: "amazon" })).toEqual([
      { name: "api", defaultUrl: null },
      { name: "lwa", defaultUrl: "https://api.amazon.com" },
    ]);
  });
});

describe("an API address that is not a web address", () => {
  it("is refused with a code the form words, not Russian text", () => {
    const parsed = baseUrlsInputSchema.safeParse({ api: "ftp://example.com" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["http_url"]);
  });
});
