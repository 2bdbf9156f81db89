import { describe, expect, it } from "vitest";

import { buildNotifyProviders, listConfiguredChannels, listConfiguredProviders } from "@/lib/notify/providers-config";

describe("buildNotifyProviders", () => {
  it("configures nothing when no keys are set (development)", () => {
    const { providers, problems } = buildNotifyProviders({ credentials: {} });
    expect(providers).toEqual({});
    expect(problems).toEqual([]);
    expect(listConfiguredChannels({ providers })).toEqual([]);
  });

  it("configures each provider only when all its keys are set, with defaults filled in", () => {
    const { providers, problems } = buildNotifyProviders({
      credentials: {
        smsRuApiKey: "k",
        metaAccessToken: "t",
        metaPhoneNumberId: "123",
        metaTemplateName: "review_request",
        resendApiKey: "re_1",
        resendFrom: "",
        exolveApiKey: "e",
      },
    });
    expect(providers.smsRu).toEqual({ apiKey: "k", baseUrl: "https://sms.ru", test: false, timeoutMs: 10_000 });
    expect(providers.metaWhatsapp).toMatchObject({
      baseUrl: "https://graph.facebook.com",
      apiVersion: "v21.0",
      template: { name: "review_request", languageCode: "ru", bodyParameters: ["businessName", "reviewLink"] },
    });
    expect(providers.resend).toBeUndefined();
    expect(providers.exolveWhatsapp).toBeUndefined();
    expect(problems).toEqual([
      "Exolve WhatsApp: не задано exolveSenderId, exolveSendPath",
      "Resend: не задано resendFrom",
    ]);
    expect(listConfiguredChannels({ providers })).toEqual(["sms", "whatsapp"]);
  });

  it("lists WhatsApp providers Meta first", () => {
    const { providers } = buildNotifyProviders({
      credentials: { metaAccessToken: "t", metaPhoneNumberId: "1", exolveApiKey: "e", exolveSenderId: "s", exolveSendPath: "/p" },
    });
    expect(listConfiguredProviders({ providers, channel: "whatsapp" })).toEqual(["meta_whatsapp", "exolve_whatsapp"]);
  });

  it("rejects a malformed base URL instead of sending somewhere odd", () => {
    expect(() => buildNotifyProviders({ credentials: { smsRuApiKey: "k", smsRuBaseUrl: "not a url" } })).toThrow();
  });
});
