import { afterEach, describe, expect, it } from "vitest";

import type { NotifyProviders } from "@/lib/notify/providers-config";
import { NOT_CONFIGURED_REASON, sendReviewRequest } from "@/lib/review-requests/send-review-request";
import type { FakeReply, RecordedRequest } from "@/lib/notify/testing/fake-http-server";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";

const VARIABLES = { customerName: "Иван", businessName: "Кофейня", reviewLink: "https://r.example.ru/abc" };
const RECIPIENT = { phone: "+79991234567", email: "ivan@example.ru" };
const OK: Record<string, FakeReply> = {
  "/sms/send": {
    json: {
      status: "OK",
      status_code: 100,
      sms: { "79991234567": { status: "OK", status_code: 100, sms_id: "sms-1" } },
    },
  },
  "/v21.0/123/messages": { json: { messages: [{ id: "wamid.1" }] } },
  "/exolve/send": { json: { message_id: "ex-1" } },
  "/emails": { json: { id: "email-1" } },
};

let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;

/**
 * One fake for all four providers; `overrides` replaces the answer for a path. The timeout is short only
 * where a test waits for it (a hanging provider): elsewhere a busy machine must not turn an answer into one.
 */
async function providersAgainstFake(overrides: Record<string, FakeReply> = {}, timeoutMs = 10_000) {
  server = await startFakeServer(
    (request: RecordedRequest) => overrides[request.url] ?? OK[request.url] ?? { status: 404 },
  );
  const baseUrl = server.baseUrl;
  const providers: Required<NotifyProviders> = {
    smsRu: { apiKey: "sms-key-secret", baseUrl, timeoutMs },
    metaWhatsapp: { accessToken: "meta-token-secret", phoneNumberId: "123", baseUrl, timeoutMs },
    exolveWhatsapp: {
      apiKey: "exolve-key-secret",
      senderId: "79000000000",
      sendPath: "/exolve/send",
      baseUrl,
      timeoutMs,
    },
    resend: { apiKey: "re_secret_key", from: "noreply@example.ru", baseUrl, timeoutMs },
  };
  return { server, providers };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("sendReviewRequest", () => {
  it("returns not_configured when no provider is configured (development)", async () => {
    const result = await sendReviewRequest({
      channels: ["whatsapp", "sms", "email"],
      recipient: RECIPIENT,
      variables: VARIABLES,
      providers: {},
      idempotencyKey: "rr-1",
    });
    expect(result).toEqual({ status: "not_configured", reason: NOT_CONFIGURED_REASON, retryable: false, attempts: [] });
  });

  it("sends over the first channel with the rendered default text", async () => {
    const { server, providers } = await providersAgainstFake();
    const result = await sendReviewRequest({
      channels: ["sms", "email"],
      recipient: RECIPIENT,
      variables: VARIABLES,
      providers,
      idempotencyKey: "rr-1",
    });
    expect(result).toMatchObject({ status: "sent", channel: "sms", provider: "sms_ru", providerMessageId: "sms-1" });
    expect(result.attempts).toHaveLength(1);
    expect(new URLSearchParams(server.requests[0]?.body).get("msg")).toBe(
      "Спасибо, что выбрали Кофейня! Оцените нас: https://r.example.ru/abc",
    );
  });

  it("skips unconfigured providers and falls back channel by channel on definite failures", async () => {
    const { server, providers } = await providersAgainstFake({
      "/exolve/send": { status: 400, json: { error: "bad destination" } },
      "/sms/send": { json: { status: "ERROR", status_code: 201, status_text: "Не хватает средств" } },
    });
    const result = await sendReviewRequest({
      channels: ["whatsapp", "sms", "email"],
      recipient: RECIPIENT,
      variables: VARIABLES,
      providers: { exolveWhatsapp: providers.exolveWhatsapp, smsRu: providers.smsRu, resend: providers.resend },
      templates: { emailSubject: "Отзыв о {{businessName}}" },
      idempotencyKey: "rr-order-1",
    });
    expect(result).toMatchObject({
      status: "sent",
      channel: "email",
      provider: "resend",
      providerMessageId: "email-1",
    });
    expect(result.attempts.map((attempt) => [attempt.channel, attempt.provider, attempt.result.status])).toEqual([
      ["whatsapp", "exolve_whatsapp", "failed"],
      ["sms", "sms_ru", "failed"],
      ["email", "resend", "sent"],
    ]);
    const email = server.requests.find((request) => request.url === "/emails");
    expect(email?.headers["idempotency-key"]).toBe("rr-order-1");
    expect(JSON.parse(email?.body ?? "")).toMatchObject({ subject: "Отзыв о Кофейня", to: ["ivan@example.ru"] });
    expect(JSON.stringify(result)).not.toMatch(/secret/);
  });

  it("tries Meta before Exolve and uses the approved template when one is configured", async () => {
    const { server, providers } = await providersAgainstFake({
      "/v21.0/123/messages": { status: 500, json: { error: { message: "boom" } } },
    });
    const result = await sendReviewRequest({
      channels: ["whatsapp"],
      recipient: { phone: RECIPIENT.phone },
      variables: { ...VARIABLES, customerName: undefined },
      providers: {
        metaWhatsapp: {
          ...providers.metaWhatsapp,
          template: { name: "review_request", bodyParameters: ["customerName", "reviewLink"] },
        },
        exolveWhatsapp: providers.exolveWhatsapp,
      },
      idempotencyKey: "rr-2",
    });
    expect(result).toMatchObject({ status: "sent", provider: "exolve_whatsapp" });
    expect(server.requests.map((request) => request.url)).toEqual(["/v21.0/123/messages", "/exolve/send"]);
    expect(JSON.parse(server.requests[0]?.body ?? "").template).toEqual({
      name: "review_request",
      language: { code: "ru" },
      components: [
        {
          type: "body",
          parameters: [
            { type: "text", text: "клиент" },
            { type: "text", text: "https://r.example.ru/abc" },
          ],
        },
      ],
    });
    expect(JSON.parse(server.requests[1]?.body ?? "").text).toMatch(/^Здравствуйте! Спасибо, что выбрали Кофейня\./);
  });

  it("stops after a timeout instead of risking a second message", async () => {
    const { server, providers } = await providersAgainstFake({ "/sms/send": { hang: true } }, 200);
    const result = await sendReviewRequest({
      channels: ["sms", "email"],
      recipient: RECIPIENT,
      variables: VARIABLES,
      providers,
      idempotencyKey: "rr-3",
    });
    expect(result).toMatchObject({
      status: "failed",
      channel: "sms",
      retryable: true,
      reason: { code: "provider_timeout", params: { provider: expect.any(String) } },
    });
    expect(server.requests.map((request) => request.url)).toEqual(["/sms/send"]);
  });

  it("reports failure with the last provider's error when every channel fails", async () => {
    const { providers } = await providersAgainstFake({ "/sms/send": { status: 503, text: "unavailable" } });
    const result = await sendReviewRequest({
      channels: ["sms"],
      recipient: RECIPIENT,
      variables: VARIABLES,
      providers,
      idempotencyKey: "rr-4",
    });
    expect(result).toMatchObject({
      status: "failed",
      provider: "sms_ru",
      retryable: true,
      reason: { code: "provider_failed", params: { detail: "sms_ru HTTP 503" } },
    });
  });

  it("skips email without an address and refuses to send without a review link", async () => {
    const { server, providers } = await providersAgainstFake();
    const noEmail = await sendReviewRequest({
      channels: ["email"],
      recipient: { phone: RECIPIENT.phone },
      variables: VARIABLES,
      providers,
      idempotencyKey: "rr-5",
    });
    expect(noEmail).toMatchObject({ status: "failed", retryable: false, reason: { code: "no_email" } });
    const noLink = await sendReviewRequest({
      channels: ["sms"],
      recipient: RECIPIENT,
      variables: { ...VARIABLES, reviewLink: "javascript:alert(1)" },
      providers,
      idempotencyKey: "rr-6",
    });
    expect(noLink).toMatchObject({
      status: "failed",
      retryable: false,
      reason: { code: "missing_fields", params: { fields: expect.stringContaining("reviewLink") } },
    });
    expect(server.requests).toHaveLength(0);
  });
});
