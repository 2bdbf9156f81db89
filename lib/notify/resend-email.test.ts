import { afterEach, describe, expect, it } from "vitest";

import { sendResendEmail } from "@/lib/notify/resend-email";
import type { FakeReply, RecordedRequest } from "@/lib/notify/testing/fake-http-server";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";

const API_KEY = "re_test_secret_123456";
let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;

async function fake(reply: (request: RecordedRequest) => FakeReply) {
  server = await startFakeServer(reply);
  return { server, config: { apiKey: API_KEY, from: "Кофейня <noreply@example.ru>", baseUrl: server.baseUrl } };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const EMAIL = { to: "ivan@example.ru", subject: "Как вам Кофейня?", html: "<p>Привет</p>", text: "Привет" };

describe("sendResendEmail", () => {
  it("POSTs /emails with the idempotency key and returns the email id", async () => {
    const { server, config } = await fake(() => ({ json: { id: "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794" } }));
    const result = await sendResendEmail({ config: { ...config, replyTo: "owner@example.ru" }, ...EMAIL, idempotencyKey: "rr-order-1" });

    expect(result).toMatchObject({ ok: true, provider: "resend", status: "sent", providerMessageId: "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794" });
    const [request] = server.requests;
    expect(request?.url).toBe("/emails");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers["idempotency-key"]).toBe("rr-order-1");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      from: "Кофейня <noreply@example.ru>",
      to: ["ivan@example.ru"],
      subject: "Как вам Кофейня?",
      html: "<p>Привет</p>",
      text: "Привет",
      reply_to: "owner@example.ru",
    });
  });

  it("reports Resend's validation errors", async () => {
    const { config } = await fake(() => ({
      status: 422,
      json: { statusCode: 422, name: "validation_error", message: "The example.ru domain is not verified." },
    }));
    expect(await sendResendEmail({ config, ...EMAIL })).toMatchObject({
      ok: false,
      errorKind: "http",
      httpStatus: 422,
      retryable: false,
      error: "HTTP 422: validation_error: The example.ru domain is not verified.",
    });
  });

  it("marks rate limiting as retryable", async () => {
    const { config } = await fake(() => ({ status: 429, json: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" } }));
    expect(await sendResendEmail({ config, ...EMAIL })).toMatchObject({ ok: false, retryable: true });
  });

  it("refuses an invalid address without calling Resend", async () => {
    const { server, config } = await fake(() => ({ json: { id: "x" } }));
    expect(await sendResendEmail({ config, ...EMAIL, to: "not-an-email" })).toMatchObject({ ok: false, errorKind: "invalid_request" });
    expect(server.requests).toHaveLength(0);
  });

  it("times out", async () => {
    const { config } = await fake(() => ({ hang: true }));
    expect(await sendResendEmail({ config: { ...config, timeoutMs: 100 }, ...EMAIL })).toMatchObject({ ok: false, errorKind: "timeout" });
  });
});
