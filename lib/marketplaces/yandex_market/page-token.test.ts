import { describe, expect, it } from "vitest";

import { nextYmPageToken, returnedYmPageToken } from "@/lib/marketplaces/yandex_market/page-token";

// The spec's own example answer repeats one nextPageToken: following it again would read the same page forever.
describe("Yandex Market page tokens", () => {
  it("follows new tokens and stops at one already followed (A, B, A)", () => {
    const seen = new Set<string>();
    expect(["A", "B", "A"].map((token) => nextYmPageToken({ seen, token }))).toEqual(["A", "B", null]);
  });

  it("stops when there is no token", () => {
    expect(nextYmPageToken({ seen: new Set(), token: undefined })).toBeNull();
    expect(nextYmPageToken({ seen: new Set(), token: "" })).toBeNull();
  });

  it("hands a caller no further page when the answer repeats the token it used", () => {
    expect(returnedYmPageToken({ used: "A", token: "A" })).toBeNull();
    expect(returnedYmPageToken({ used: "A", token: "B" })).toBe("B");
    expect(returnedYmPageToken({ used: null, token: "A" })).toBe("A");
  });
});
