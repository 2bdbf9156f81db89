import { afterEach, describe, expect, it } from "vitest";

import { sendMetaWhatsappTemplate, sendMetaWhatsappText } from "@/lib/notify/meta-whatsapp";
import type { FakeReply, RecordedRequest } from "@/lib/notify/testing/fake-http-server";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";

const TOKEN = "EAAtest-meta-token-xyz";
let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;

async function fake(reply: (request: RecordedRequest) => FakeReply) {
  server = await startFakeServer(reply);
  return { server, config: { accessToken: TOKEN, phoneNumberId: "123456789", baseUrl: `${server.baseUrl}/graph` } };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ACCEPTED = {
  messaging_product: "whatsapp",
  contacts: [{ input: "79991234567", wa_id: "79991234567" }],
  messages: [{ id: "wamid.HBgLNzk5OTEyMzQ1NjcVAgARGBI", message_status: "accepted" }],
};

describe("Meta WhatsApp Cloud API", () => {
  it("POSTs a text message to /{version}/{phone_number_id}/messages with a bearer token", async () => {
    const { server, config } = await fake(() => ({ json: ACCEPTED }));
    const result = await sendMetaWhatsappText({
      config,
      to: "+79991234567",
      text: "Оставьте отзыв: https://r.example.ru/a",
    });

    expect(result).toMatchObject({
      ok: true,
      provider: "meta_whatsapp",
      status: "sent",
      providerMessageId: "wamid.HBgLNzk5OTEyMzQ1NjcVAgARGBI",
    });
    const [request] = server.requests;
    expect(request?.url).toBe("/graph/v21.0/123456789/messages");
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(request?.body ?? "")).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "79991234567",
      type: "text",
      text: { preview_url: true, body: "Оставьте отзыв: https://r.example.ru/a" },
    });
  });

  it("sends an approved template with positional body parameters", async () => {
    const { server, config } = await fake(() => ({ json: ACCEPTED }));
    const result = await sendMetaWhatsappTemplate({
      config: { ...config, apiVersion: "v23.0" },
      to: "+79991234567",
      template: { name: "review_request", languageCode: "ru", bodyParameters: ["Кофейня", "https://r.example.ru/a"] },
    });
    expect(result.ok).toBe(true);
    expect(server.requests[0]?.url).toBe("/graph/v23.0/123456789/messages");
    expect(JSON.parse(server.requests[0]?.body ?? "")).toMatchObject({
      type: "template",
      template: {
        name: "review_request",
        language: { code: "ru" },
        components: [
          {
            type: "body",
            parameters: [
              { type: "text", text: "Кофейня" },
              { type: "text", text: "https://r.example.ru/a" },
            ],
          },
        ],
      },
    });
  });

  it("refuses empty template parameters before calling Meta", async () => {
    const { server, config } = await fake(() => ({ json: ACCEPTED }));
    const result = await sendMetaWhatsappTemplate({
      config,
      to: "+79991234567",
      template: { name: "review_request", languageCode: "ru", bodyParameters: [""] },
    });
    expect(result).toMatchObject({ ok: false, errorKind: "invalid_request" });
    expect(server.requests).toHaveLength(0);
  });

  it("reports Graph API errors with code and details, not retryable for 4xx", async () => {
    const { config } = await fake(() => ({
      status: 400,
      json: {
        error: {
          message: "(#131030) Recipient phone number not in allowed list",
          type: "OAuthException",
          code: 131030,
          error_data: { messaging_product: "whatsapp", details: "Recipient phone number not in allowed list" },
          fbtrace_id: "AbCdEf",
        },
      },
    }));
    const result = await sendMetaWhatsappText({ config, to: "+79991234567", text: "x" });
    expect(result).toMatchObject({ ok: false, errorKind: "http", httpStatus: 400, retryable: false });
    expect(result.error).toContain("#131030");
    expect(result.error).toContain("not in allowed list");
    expect(result.providerResponse).toEqual({
      httpStatus: 400,
      code: "131030",
      message: "(#131030) Recipient phone number not in allowed list",
    });
  });

  it("treats 429 as retryable and never leaks the token", async () => {
    const { config } = await fake(() => ({
      status: 429,
      json: { error: { message: `rate limited for ${TOKEN}`, code: 4 } },
    }));
    const result = await sendMetaWhatsappText({ config, to: "+79991234567", text: "x" });
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it("times out", async () => {
    const { config } = await fake(() => ({ hang: true }));
    expect(
      await sendMetaWhatsappText({ config: { ...config, timeoutMs: 100 }, to: "+79991234567", text: "x" }),
    ).toMatchObject({
      ok: false,
      errorKind: "timeout",
    });
  });

  it("rejects a phone number id that would change the URL path", async () => {
    await expect(
      sendMetaWhatsappText({ config: { accessToken: TOKEN, phoneNumberId: "../me" }, to: "+79991234567", text: "x" }),
    ).rejects.toThrow(/numeric/);
  });
});
