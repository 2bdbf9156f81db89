import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { contentSecurityPolicy, isHttpsRequest, SECURITY_HEADERS } from "@/lib/http/security-headers";

// e2e/security/edges.spec.ts checks the same headers on the built server's answers.

describe("security headers", () => {
  it("the CSP allows scripts only from this site (and Next's inline bootstrap), no framing, no plugins", () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
  });

  it("next.config sends the set on every path, and HSTS only to requests that came over https", async () => {
    const rules = await nextConfig("phase-production-server").headers!();
    const all = rules.find((r) => r.source === "/:path*" && !r.has)!;
    const names = Object.fromEntries(all.headers.map((h) => [h.key, h.value]));
    expect(names).toMatchObject({
      "Content-Security-Policy": contentSecurityPolicy(),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(names["Strict-Transport-Security"]).toBeUndefined();
    const https = rules.find((r) => r.has)!;
    expect(https.source).toBe("/:path*");
    expect(https.has).toEqual([{ type: "header", key: "x-forwarded-proto", value: "https" }]);
    expect(https.headers[0]).toEqual({
      key: "Strict-Transport-Security",
      value: expect.stringMatching(/^max-age=\d{7,}/),
    });
    expect(Object.keys(SECURITY_HEADERS)).toContain("Content-Security-Policy");
  });

  it("reads https from the socket or the proxy's first X-Forwarded-Proto", () => {
    expect(isHttpsRequest({ encrypted: true, forwardedProto: undefined })).toBe(true);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: "https, http" })).toBe(true);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: "http" })).toBe(false);
    expect(isHttpsRequest({ encrypted: false, forwardedProto: undefined })).toBe(false);
  });
});
