import { describe, expect, it } from "vitest";

import { sanitizeProviderResponse } from "@/lib/notify/sanitize-response";

describe("sanitizeProviderResponse", () => {
  it("replaces secrets wherever they appear and blanks secret-looking keys", () => {
    const value = {
      echo: "api_id=KEY-123456 rejected",
      nested: [{ note: "token KEY-123456" }],
      api_id: "anything",
      Authorization: "Bearer x",
      access_token: "y",
      status: "ERROR",
    };
    expect(sanitizeProviderResponse({ value, secrets: ["KEY-123456", undefined] })).toEqual({
      echo: "api_id=[redacted] rejected",
      nested: [{ note: "token [redacted]" }],
      api_id: "[redacted]",
      Authorization: "[redacted]",
      access_token: "[redacted]",
      status: "ERROR",
    });
  });

  it("caps long strings, deep nesting and huge lists", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 20; i += 1) deep = { d: deep };
    const result = sanitizeProviderResponse({ value: { s: "x".repeat(5_000), deep, list: Array.from({ length: 500 }, (_, i) => i) }, secrets: [] }) as {
      s: string;
      list: number[];
    };
    expect(result.s.length).toBe(2_001);
    expect(result.list).toHaveLength(100);
    expect(JSON.stringify(result)).toContain("[truncated]");
  });

  it("ignores secrets too short to replace safely", () => {
    expect(sanitizeProviderResponse({ value: "abc", secrets: ["a"] })).toBe("abc");
  });
});
