import { afterEach, describe, expect, it } from "vitest";

import { sendResendEmail, type ResendEmails } from "@/lib/notify/resend-email";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";

const API_KEY = "re_test_secret_123456";
const CONFIG = { apiKey: API_KEY, from: "Кофейня <noreply@example.ru>" };
const EMAIL = { to: "ivan@example.ru", subject: "Как вам Кофейня?", html: "<p>Привет</p>", text: "Привет" };

type SendArgs = Parameters<ResendEmails["send"]>;
type SendAnswer = Awaited<ReturnType<ResendEmails["send"]>>;

/** A stand-in for the SDK's `emails`: records each call and answers what the test says. No network. */
function fakeEmails(answer: (signal?: AbortSignal) => SendAnswer | Promise<SendAnswer>) {
  const calls: SendArgs[] = [];
  const emails: ResendEmails = {
    send: async (...args: SendArgs) => {
      calls.push(args);
      return answer(args[1]?.signal);
    },
  };
  return { emails, calls };
}

const ok = (id: string): SendAnswer => ({ data: { id }, error: null, headers: {} });
const failed = (statusCode: number | null, name: string, message: string) =>
  ({ data: null, error: { statusCode, name, message }, headers: null }) as SendAnswer;

describe("sendResendEmail", () => {
  it("sends through the SDK with the reply-to and idempotency key and returns the email id", async () => {
    const { emails, calls } = fakeEmails(() => ok("49a3999c-0ce1-4ea6-ab68-afcd6dc2e794"));
    const result = await sendResendEmail({
      config: { ...CONFIG, replyTo: "owner@example.ru" },
      ...EMAIL,
      idempotencyKey: "rr-order-1",
      emails,
    });

    expect(result).toMatchObject({
      ok: true,
      provider: "resend",
      status: "sent",
      providerMessageId: "49a3999c-0ce1-4ea6-ab68-afcd6dc2e794",
    });
    const [payload, options] = calls[0] ?? [];
    expect(payload).toEqual({
      from: "Кофейня <noreply@example.ru>",
      to: ["ivan@example.ru"],
      subject: "Как вам Кофейня?",
      html: "<p>Привет</p>",
      text: "Привет",
      replyTo: "owner@example.ru",
    });
    expect(options?.idempotencyKey).toBe("rr-order-1");
  });

  it("maps Resend's validation error to a final http failure with its name and message", async () => {
    const { emails } = fakeEmails(() => failed(422, "validation_error", "The example.ru domain is not verified."));
    expect(await sendResendEmail({ config: CONFIG, ...EMAIL, emails })).toMatchObject({
      ok: false,
      errorKind: "http",
      httpStatus: 422,
      retryable: false,
      error: "HTTP 422: validation_error: The example.ru domain is not verified.",
      providerResponse: { httpStatus: 422, code: "validation_error" },
    });
  });

  it("marks rate limiting and server errors as retryable", async () => {
    for (const [status, name] of [
      [429, "rate_limit_exceeded"],
      [500, "internal_server_error"],
      [409, "concurrent_idempotent_requests"],
    ] as const) {
      const { emails } = fakeEmails(() => failed(status, name, "try later"));
      expect(await sendResendEmail({ config: CONFIG, ...EMAIL, emails })).toMatchObject({
        ok: false,
        errorKind: "http",
        retryable: true,
      });
    }
  });

  it("decides by the HTTP status, not the error's name: a 4xx the SDK calls application_error is final", async () => {
    // The SDK names every unreadable error body application_error, whatever the status (an HTML 413 from a proxy).
    for (const [status, retryable] of [
      [400, false],
      [413, false],
      [403, false],
      [408, true],
      [502, true],
      [503, true],
    ] as const) {
      const { emails } = fakeEmails(() =>
        failed(
          status,
          "application_error",
          "Internal server error. We are unable to process your request right now, please try again later.",
        ),
      );
      expect(await sendResendEmail({ config: CONFIG, ...EMAIL, emails }), `HTTP ${status}`).toMatchObject({
        ok: false,
        errorKind: "http",
        httpStatus: status,
        retryable,
      });
    }
  });

  it("retries an error body that carries no status (a gateway's JSON) and never writes «undefined» into the error", async () => {
    const { emails } = fakeEmails(
      () => ({ data: null, error: { message: "upstream connect error" }, headers: {} }) as unknown as SendAnswer,
    );
    const result = await sendResendEmail({ config: CONFIG, ...EMAIL, emails });
    expect(result).toMatchObject({ ok: false, errorKind: "invalid_response", retryable: true });
    expect(result.error).not.toContain("undefined");
  });

  it("treats an error without a status as a network failure worth retrying", async () => {
    const { emails } = fakeEmails(() =>
      failed(null, "application_error", "Unable to fetch data. The request could not be resolved."),
    );
    expect(await sendResendEmail({ config: CONFIG, ...EMAIL, emails })).toMatchObject({
      ok: false,
      errorKind: "network",
      retryable: true,
    });
  });

  it("never puts the API key into the stored error, even when Resend echoes it", async () => {
    const { emails } = fakeEmails(() => failed(401, "invalid_api_key", `API key ${API_KEY} is invalid`));
    const result = await sendResendEmail({ config: CONFIG, ...EMAIL, emails });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(API_KEY);
  });

  it("refuses an invalid address or an empty subject without calling Resend", async () => {
    const { emails, calls } = fakeEmails(() => ok("x"));
    expect(await sendResendEmail({ config: CONFIG, ...EMAIL, to: "not-an-email", emails })).toMatchObject({
      ok: false,
      errorKind: "invalid_request",
    });
    expect(await sendResendEmail({ config: CONFIG, ...EMAIL, subject: "  ", emails })).toMatchObject({
      ok: false,
      errorKind: "invalid_request",
    });
    expect(calls).toHaveLength(0);
  });

  it("sends the subject and the sender as one line each: a line break cannot add a header", async () => {
    const { emails, calls } = fakeEmails(() => ok("x"));
    const config = { ...CONFIG, from: "Кофейня\r\nBcc: spy@evil.example <noreply@example.ru>" };
    await sendResendEmail({ config, ...EMAIL, subject: "Приглашение в Shop\r\nBcc: spy@evil.example\u2028X", emails });
    expect(calls[0]?.[0]).toMatchObject({
      from: "Кофейня Bcc: spy@evil.example <noreply@example.ru>",
      subject: "Приглашение в Shop Bcc: spy@evil.example X",
    });
  });

  it("times out when the SDK does not answer", async () => {
    const { emails } = fakeEmails(
      (signal) =>
        new Promise((resolve) =>
          signal?.addEventListener("abort", () => resolve(failed(null, "application_error", "aborted"))),
        ),
    );
    expect(await sendResendEmail({ config: { ...CONFIG, timeoutMs: 50 }, ...EMAIL, emails })).toMatchObject({
      ok: false,
      errorKind: "timeout",
      retryable: true,
    });
  });

  it("rejects an answer without an email id", async () => {
    const { emails } = fakeEmails(() => ({ data: {}, error: null, headers: {} }) as unknown as SendAnswer);
    expect(await sendResendEmail({ config: CONFIG, ...EMAIL, emails })).toMatchObject({
      ok: false,
      errorKind: "invalid_response",
    });
  });
});

describe("sendResendEmail through the real SDK", () => {
  let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  // One request on the wire to a local stand-in: the SDK speaks Resend's documented API (POST /emails,
  // bearer key, Idempotency-Key header, reply_to in snake case).
  it("posts the documented request to the configured base URL", async () => {
    server = await startFakeServer(() => ({ json: { id: "email-1" } }));
    const result = await sendResendEmail({
      config: { ...CONFIG, baseUrl: `${server.baseUrl}/`, replyTo: "owner@example.ru" },
      ...EMAIL,
      idempotencyKey: "rr-order-1",
    });

    expect(result).toMatchObject({ ok: true, providerMessageId: "email-1" });
    const [request] = server.requests;
    expect(request?.url).toBe("/emails");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers["idempotency-key"]).toBe("rr-order-1");
    expect(JSON.parse(request?.body ?? "")).toEqual({
      from: CONFIG.from,
      to: ["ivan@example.ru"],
      subject: EMAIL.subject,
      html: EMAIL.html,
      text: EMAIL.text,
      reply_to: "owner@example.ru",
    });
  });

  it("reports a refused connection as a network failure", async () => {
    server = await startFakeServer(() => ({ json: {} }));
    const baseUrl = server.baseUrl;
    await server.close();
    server = undefined;
    expect(await sendResendEmail({ config: { ...CONFIG, baseUrl }, ...EMAIL })).toMatchObject({
      ok: false,
      errorKind: "network",
      retryable: true,
    });
  });
});
