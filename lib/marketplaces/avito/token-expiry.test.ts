import { describe, expect, it } from "vitest";

import { requestAvitoToken } from "@/lib/marketplaces/avito/oauth";
import { buildHttpContext } from "@/lib/marketplaces/connector-kit";
import type { GuardedRequest } from "@/lib/net/guarded-fetch";

// avito-auth.json leaves expires_in optional and any number (OAuth 2.0: RECOMMENDED); the spec states the token
// lives 24 hours. A token answer without a usable expires_in is a token, cached for that lifetime.
const NOW = Date.parse("2026-01-15T12:00:00Z");

function tokenAnswer(body: unknown) {
  const ctx = buildHttpContext({
    marketplace: "avito",
    runtime: {
      http: { retries: 0 },
      send: async (_request: GuardedRequest) => ({
        status: 200,
        headers: new Headers({ "content-type": "application/json" }),
        bytes: new TextEncoder().encode(JSON.stringify(body)),
      }),
    },
    accountKey: "avito-token-expiry",
    rateLimits: {},
    describeError: () => null,
  });
  return requestAvitoToken({
    ctx,
    tokenUrl: "https://api.avito.example/token",
    form: { grant_type: "client_credentials" },
    now: NOW,
  });
}

describe("Avito token lifetime", () => {
  it.each([
    ["absent", {}],
    ["zero", { expires_in: 0 }],
    ["negative", { expires_in: -5 }],
  ])("expires_in %s: the token is kept for the documented 24 hours", async (_label, extra) => {
    const token = await tokenAnswer({ access_token: "tok-1", token_type: "Bearer", ...extra });
    expect(token).toEqual({ accessToken: "tok-1", expiresAt: NOW + 86_400_000, refreshToken: null });
  });

  it("a stated lifetime is used as given", async () => {
    const token = await tokenAnswer({ access_token: "tok-2", token_type: "Bearer", expires_in: 3600 });
    expect(token.expiresAt).toBe(NOW + 3_600_000);
  });
});
