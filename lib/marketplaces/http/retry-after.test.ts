import { describe, expect, it } from "vitest";

import { parseRetryAfterMs } from "@/lib/marketplaces/http/retry-after";

describe("parseRetryAfterMs", () => {
  const now = Date.parse("2024-09-30T06:52:38Z");
  it("reads seconds, fractional seconds and HTTP dates", () => {
    expect(parseRetryAfterMs({ headers: new Headers({ "retry-after": "3" }) })).toBe(3000);
    expect(parseRetryAfterMs({ headers: new Headers({ "retry-after": "0.25" }) })).toBe(250);
    expect(parseRetryAfterMs({ headers: new Headers({ "retry-after": "Mon, 30 Sep 2024 06:52:48 GMT" }), now })).toBe(
      10_000,
    );
  });
  it("falls back to WB's X-Ratelimit-Retry and returns null when absent", () => {
    expect(parseRetryAfterMs({ headers: new Headers({ "x-ratelimit-retry": "2" }) })).toBe(2000);
    expect(parseRetryAfterMs({ headers: new Headers() })).toBeNull();
  });
});
