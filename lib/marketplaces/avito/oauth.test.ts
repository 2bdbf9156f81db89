import { describe, expect, it } from "vitest";

import { exchangeAvitoAuthorizationCode } from "@/lib/marketplaces/avito/oauth";
import { MarketplaceRefusedError } from "@/lib/marketplaces/http/errors";

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
