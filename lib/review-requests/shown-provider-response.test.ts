import { describe, expect, it } from "vitest";

import { shownProviderResponse } from "@/lib/review-requests/shown-provider-response";

describe("shownProviderResponse", () => {
  it("reduces a raw answer stored by an older version to status, code and message", () => {
    const stored = [
      {
        channel: "sms",
        provider: "sms_ru",
        status: "failed",
        httpStatus: 200,
        error: "SMS.ru 200: bad key",
        response: {
          status: "ERROR",
          status_code: 200,
          status_text: "Неправильный api_id",
          debug: "internal ".repeat(5_000),
        },
      },
      {
        channel: "whatsapp",
        provider: "meta_whatsapp",
        status: "failed",
        httpStatus: 502,
        error: "HTTP 502",
        response: "<html>internal admin</html>",
      },
    ];
    const shown = shownProviderResponse({ value: stored });
    expect(shown).toEqual([
      {
        channel: "sms",
        provider: "sms_ru",
        status: "failed",
        httpStatus: 200,
        error: "SMS.ru 200: bad key",
        response: { httpStatus: 200, code: "200", message: "Неправильный api_id" },
      },
      {
        channel: "whatsapp",
        provider: "meta_whatsapp",
        status: "failed",
        httpStatus: 502,
        error: "HTTP 502",
        response: { httpStatus: 502 },
      },
    ]);
    expect(JSON.stringify(shown)).not.toContain("internal");
  });

  it("keeps a summary as it is, our own not-sent preview, and drops anything else", () => {
    const summary = [
      {
        channel: "sms",
        provider: "sms_ru",
        status: "sent",
        httpStatus: 200,
        error: null,
        response: { httpStatus: 200 },
      },
    ];
    expect(shownProviderResponse({ value: summary })).toEqual(summary);
    const preview = { notSent: true, channels: ["sms"], sms: "Спасибо!" };
    expect(shownProviderResponse({ value: preview })).toEqual(preview);
    expect(shownProviderResponse({ value: { raw: "x".repeat(10_000) } })).toBeNull();
  });
});
