import { describe, expect, it } from "vitest";
import { wbTokenIdentity } from "@/lib/marketplaces/wildberries/token-identity";

const jwt = (claims: object) =>
  `eyJhbGciOiJFUzI1NiIsImtpZCI6IjIwMjUwNTIwdjEiLCJ0eXAiOiJKV1QifQ.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.c2lnbmF0dXJl`;

describe("wbTokenIdentity", () => {
  it("names the seller from the token's sid claim: two tokens of one seller are one identity", () => {
    const a = wbTokenIdentity({ token: jwt({ sid: "0a1b2c3d-seller", id: "token-1", s: 1073742078 }) });
    const b = wbTokenIdentity({ token: jwt({ sid: "0a1b2c3d-seller", id: "token-2", s: 2 }) });
    expect(a).toBe("seller:0a1b2c3d-seller");
    expect(b).toBe(a);
    expect(wbTokenIdentity({ token: jwt({ sid: "another-seller" }) })).not.toBe(a);
  });

  it("falls back to a hash of a token that is not such a JWT, never the token itself", () => {
    const id = wbTokenIdentity({ token: "sim-wb-token-0123456789" });
    expect(id).toMatch(/^token-sha256:[0-9a-f]{64}$/);
    expect(id).not.toContain("sim-wb-token");
    expect(wbTokenIdentity({ token: " sim-wb-token-0123456789 " })).toBe(id);
    expect(wbTokenIdentity({ token: jwt({ no: "sid" }) })).toMatch(/^token-sha256:/);
  });
});
