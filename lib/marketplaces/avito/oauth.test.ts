import { describe, expect, it } from "vitest";

import { exchangeAvitoAuthorizationCode, NO_REFRESH_TOKEN } from "@/lib/marketplaces/avito/oauth";
import { MarketplaceAuthError, MarketplaceRefusedError } from "@/lib/marketplaces/http/errors";
import type { GuardedRequest } from "@/lib/net/guarded-fetch";

// The token exchange sends our Avito app's client_secret: it goes through the guarded client like every
// other marketplace call, so an API base URL on an internal address never receives it.
describe("Avito authorization-code exchange", () => {
  it.each(["http://169.254.169.254/latest", "http://localhost:4010/avito", "http://10.0.0.1/avito"])(
    "refuses the token endpoint at %s",
    async (apiBaseUrl) => {
      await expect(
        exchangeAvitoAuthorizationCode({
          clientId: "app",
          clientSecret: "app-secret-123456",
          code: "code-1",
          apiBaseUrl,
          runtime: { http: { retries: 2, minRetryDelayMs: 0, maxRetryDelayMs: 0 } },
        }),
      ).rejects.toBeInstanceOf(MarketplaceRefusedError);
    },
  );
});

describe("an Avito code exchange without a refresh token", () => {
  it("fails with a code the settings page words, not with Russian text", async () => {
    const error = await exchangeAvitoAuthorizationCode({
      clientId: "app",
      clientSecret: "app-secret-123456",
      code: "code-1",
      apiBaseUrl: "https://api.avito.example",
      runtime: {
        http: { retries: 0 },
        send: async (_request: GuardedRequest) => ({
          status: 200,
          headers: new Headers({ "content-type": "application/json" }),
          bytes: new TextEncoder().encode(JSON.stringify({ access_token: "tok-1", token_type: "Bearer" })),
        }),
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect(error).toMatchObject({ vendorCode: NO_REFRESH_TOKEN });
    expect((error as Error).message).not.toMatch(/[А-Яа-яЁё]/);
  });
});
