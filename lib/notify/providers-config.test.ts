import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";

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
    // Codes with values: the settings page words them in the member's language.
    expect(problems).toEqual([
      { code: "missing_keys", provider: "Exolve WhatsApp", fields: ["exolveSenderId", "exolveSendPath"] },
      { code: "missing_keys", provider: "Resend", fields: ["resendFrom"] },
    ]);
    expect(
      formatMessage("en", en.reviews.settings.problems.missing_keys, { provider: "Resend", fields: "resendFrom" }),
    ).toBe("Resend: resendFrom not set");
    expect(listConfiguredChannels({ providers })).toEqual(["sms", "whatsapp"]);
  });

  it("lists WhatsApp providers Meta first", () => {
    const { providers } = buildNotifyProviders({
      credentials: {
        metaAccessToken: "t",
        metaPhoneNumberId: "1",
        exolveApiKey: "e",
        exolveSenderId: "s",
        exolveSendPath: "/p",
      },
    });
    expect(listConfiguredProviders({ providers, channel: "whatsapp" })).toEqual(["meta_whatsapp", "exolve_whatsapp"]);
  });

  it("takes hosts from the server only: a base URL among a workspace's credentials is dropped", () => {
    const stored = {
      smsRuApiKey: "k",
      smsRuBaseUrl: "http://169.254.169.254",
      metaAccessToken: "t",
      metaPhoneNumberId: "1",
      metaBaseUrl: "http://10.0.0.1",
    };
    const { providers } = buildNotifyProviders({ credentials: stored as never });
    expect(providers.smsRu?.baseUrl).toBe("https://sms.ru");
    expect(providers.metaWhatsapp?.baseUrl).toBe("https://graph.facebook.com");
    const staging = buildNotifyProviders({
      credentials: stored as never,
      hosts: { smsRu: "https://sms-stub.staging.example" },
    });
    expect(staging.providers.smsRu?.baseUrl).toBe("https://sms-stub.staging.example");
  });

  it("rejects a send path that could change the host", () => {
    expect(() =>
      buildNotifyProviders({ credentials: { exolveApiKey: "e", exolveSenderId: "s", exolveSendPath: "@10.0.0.1/x" } }),
    ).toThrow();
  });
});
