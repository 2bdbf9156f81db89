import { describe, expect, it } from "vitest";

import { cleanText } from "@/lib/net/clean-text";
import { summarizeProviderResponse } from "@/lib/notify/summarize-response";

describe("summarizeProviderResponse", () => {
  it("keeps the status and each provider's error code and message, nothing else", () => {
    const meta = {
      error: {
        message: "Recipient not in allowed list",
        type: "OAuthException",
        code: 131030,
        fbtrace_id: "Axyz",
        error_data: { details: "x" },
      },
    };
    expect(summarizeProviderResponse({ httpStatus: 400, value: meta, secrets: [] })).toEqual({
      httpStatus: 400,
      code: "131030",
      message: "Recipient not in allowed list",
    });
    expect(
      summarizeProviderResponse({
        httpStatus: 200,
        value: { status: "ERROR", status_code: 200, status_text: "Неправильный api_id" },
        secrets: [],
      }),
    ).toEqual({
      httpStatus: 200,
      code: "200",
      message: "Неправильный api_id",
    });
    expect(
      summarizeProviderResponse({
        httpStatus: 422,
        value: { statusCode: 422, name: "validation_error", message: "Invalid `to` field" },
        secrets: [],
      }),
    ).toEqual({
      httpStatus: 422,
      code: "validation_error",
      message: "Invalid `to` field",
    });
    expect(summarizeProviderResponse({ httpStatus: 401, value: { error: "unauthorized" }, secrets: [] })).toEqual({
      httpStatus: 401,
      code: "unauthorized",
    });
  });

  it("never keeps a raw body: text, HTML, unknown fields and large answers are reduced to the status", () => {
    const html = `<html>${"internal admin page ".repeat(3_000)}</html>`;
    expect(summarizeProviderResponse({ httpStatus: 200, value: html, secrets: [] })).toEqual({ httpStatus: 200 });
    const big = { rows: Array.from({ length: 2_000 }, (_, i) => ({ id: i, secret: "internal" })) };
    expect(summarizeProviderResponse({ httpStatus: 200, value: big, secrets: [] })).toEqual({ httpStatus: 200 });
  });

  it("replaces secrets, drops control characters and caps the message", () => {
    const summary = summarizeProviderResponse({
      httpStatus: 401,
      value: { message: `bad key KEY-123456\n\u0000${"x".repeat(1_000)}` },
      secrets: ["KEY-123456", undefined],
    });
    expect(summary.message).toMatch(/^bad key \[redacted\] x+…$/);
    expect(summary.message!.length).toBeLessThanOrEqual(301);
    expect(cleanText({ text: "abc", secrets: ["a"] })).toBe("abc");
  });
});
