import { afterEach, describe, expect, it } from "vitest";

import { getSmsRuBalance, getSmsRuStatus, sendSmsRu } from "@/lib/notify/sms-ru";
import type { FakeReply, RecordedRequest } from "@/lib/notify/testing/fake-http-server";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";

const API_KEY = "SMSRU-SECRET-KEY-123";
let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;

async function fake(reply: (request: RecordedRequest) => FakeReply) {
  server = await startFakeServer(reply);
  return { server, config: { apiKey: API_KEY, from: "Kofeinya", baseUrl: server.baseUrl } };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Response shapes as documented at https://sms.ru/api/send (json=1).
const SEND_OK = {
  status: "OK",
  status_code: 100,
  sms: { "79991234567": { status: "OK", status_code: 100, sms_id: "000000-10000000" } },
  balance: 4122.56,
};

describe("sendSmsRu", () => {
  it("POSTs sms/send with json=1 and returns the sms_id", async () => {
    const { server, config } = await fake(() => ({ json: SEND_OK }));
    const result = await sendSmsRu({ config, to: "+79991234567", text: "Оцените нас: https://r.example.ru/a" });

    expect(result).toMatchObject({
      ok: true,
      provider: "sms_ru",
      status: "sent",
      providerMessageId: "000000-10000000",
      retryable: false,
    });
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/sms/send");
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      api_id: API_KEY,
      to: "79991234567",
      msg: "Оцените нас: https://r.example.ru/a",
      json: "1",
      from: "Kofeinya",
    });
  });

  it("sends test=1 in test mode", async () => {
    const { server, config } = await fake(() => ({ json: SEND_OK }));
    await sendSmsRu({ config: { ...config, test: true }, to: "+79991234567", text: "x" });
    expect(new URLSearchParams(server.requests[0]?.body).get("test")).toBe("1");
  });

  it("reports a top-level ERROR with its code, without the key", async () => {
    const { config } = await fake(() => ({
      json: { status: "ERROR", status_code: 200, status_text: `Неправильный api_id ${API_KEY}` },
    }));
    const result = await sendSmsRu({ config, to: "+79991234567", text: "x" });
    expect(result).toMatchObject({ ok: false, status: "failed", errorKind: "provider", retryable: false });
    expect(result.error).toBe("SMS.ru 200: Неправильный api_id [redacted]");
    expect(JSON.stringify(result)).not.toContain(API_KEY);
  });

  it("reports a per-number ERROR inside an OK answer", async () => {
    const { config } = await fake(() => ({
      json: {
        status: "OK",
        status_code: 100,
        sms: {
          "79991234567": {
            status: "ERROR",
            status_code: 207,
            status_text: "На этот номер нельзя отправлять сообщения",
          },
        },
        balance: 10,
      },
    }));
    const result = await sendSmsRu({ config, to: "+79991234567", text: "x" });
    expect(result).toMatchObject({
      ok: false,
      errorKind: "provider",
      error: "SMS.ru 207: На этот номер нельзя отправлять сообщения",
    });
  });

  it("marks 'service temporarily unavailable' (220) and HTTP 5xx as retryable", async () => {
    const { config } = await fake(() => ({
      json: { status: "ERROR", status_code: 220, status_text: "Сервис временно недоступен" },
    }));
    expect(await sendSmsRu({ config, to: "+79991234567", text: "x" })).toMatchObject({ ok: false, retryable: true });
    await server?.close();
    const second = await fake(() => ({ status: 502, text: "Bad Gateway" }));
    expect(await sendSmsRu({ config: second.config, to: "+79991234567", text: "x" })).toMatchObject({
      ok: false,
      errorKind: "http",
      httpStatus: 502,
      retryable: true,
      // The body is not kept: only the status.
      providerResponse: { httpStatus: 502 },
    });
  });

  it("keeps a summary of a large error answer, never the raw body", async () => {
    // Just under the 64 KB cap: read, parsed, and reduced to status, code and message.
    const body = {
      status: "ERROR",
      status_code: 200,
      status_text: "Неправильный api_id",
      debug: "internal ".repeat(7_000),
      echo: API_KEY,
    };
    const { config } = await fake(() => ({ json: body }));
    const result = await sendSmsRu({ config, to: "+79991234567", text: "x" });
    expect(result).toMatchObject({
      ok: false,
      errorKind: "provider",
      providerResponse: { httpStatus: 200, code: "200", message: "Неправильный api_id" },
    });
    expect(JSON.stringify(result).length).toBeLessThan(1_000);
    expect(JSON.stringify(result)).not.toContain("internal");
    expect(JSON.stringify(result)).not.toContain(API_KEY);
  });

  it("rejects an unexpected body and an invalid request without crashing", async () => {
    const { server, config } = await fake(() => ({ text: "<html>maintenance</html>" }));
    expect(await sendSmsRu({ config, to: "+79991234567", text: "x" })).toMatchObject({
      ok: false,
      errorKind: "invalid_response",
    });
    expect(await sendSmsRu({ config, to: "89991234567", text: "x" })).toMatchObject({
      ok: false,
      errorKind: "invalid_request",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("times out instead of hanging", async () => {
    const { config } = await fake(() => ({ hang: true }));
    const started = Date.now();
    const result = await sendSmsRu({ config: { ...config, timeoutMs: 100 }, to: "+79991234567", text: "x" });
    expect(result).toMatchObject({ ok: false, errorKind: "timeout", retryable: true });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("reports a refused connection as a network error", async () => {
    const { config } = await fake(() => ({ json: SEND_OK }));
    await server?.close();
    expect(await sendSmsRu({ config, to: "+79991234567", text: "x" })).toMatchObject({
      ok: false,
      errorKind: "network",
      retryable: true,
    });
  });
});

describe("getSmsRuBalance", () => {
  it("POSTs my/balance and returns the balance", async () => {
    const { server, config } = await fake(() => ({ json: { status: "OK", status_code: 100, balance: 4122.56 } }));
    expect(await getSmsRuBalance({ config })).toMatchObject({ ok: true, balance: 4122.56 });
    expect(server.requests[0]?.url).toBe("/my/balance");
    expect(Object.fromEntries(new URLSearchParams(server.requests[0]?.body))).toEqual({ api_id: API_KEY, json: "1" });
  });

  it("returns the provider's error", async () => {
    const { config } = await fake(() => ({
      json: { status: "ERROR", status_code: 301, status_text: "Неправильный пароль" },
    }));
    expect(await getSmsRuBalance({ config })).toMatchObject({ ok: false, error: "SMS.ru 301: Неправильный пароль" });
  });
});

describe("getSmsRuStatus", () => {
  const statusReply = (code: number, text: string) => () => ({
    json: {
      status: "OK",
      status_code: 100,
      sms: { "000000-10000000": { status: "OK", status_code: code, status_text: text } },
    },
  });

  it("maps 103 to delivered, 102 to sent, 104 to failed", async () => {
    const delivered = await fake(statusReply(103, "Сообщение доставлено"));
    expect(await getSmsRuStatus({ config: delivered.config, smsId: "000000-10000000" })).toMatchObject({
      ok: true,
      status: "delivered",
    });
    expect(delivered.server.requests[0]?.url).toBe("/sms/status");
    await server?.close();
    const onTheWay = await fake(statusReply(102, "Сообщение в пути"));
    expect(await getSmsRuStatus({ config: onTheWay.config, smsId: "000000-10000000" })).toMatchObject({
      ok: true,
      status: "sent",
    });
    await server?.close();
    const expired = await fake(statusReply(104, "Время жизни истекло"));
    expect(await getSmsRuStatus({ config: expired.config, smsId: "000000-10000000" })).toMatchObject({
      ok: false,
      status: "failed",
      error: "SMS.ru 104: Время жизни истекло",
    });
  });

  it("says in its own words only what SMS.ru left unsaid, with no Russian of ours", async () => {
    const { config } = await fake(() => ({
      json: { status: "OK", status_code: 100, sms: { "000000-10000000": { status: "OK", status_code: 105 } } },
    }));
    const result = await getSmsRuStatus({ config, smsId: "000000-10000000" });
    expect(result).toMatchObject({ ok: false, status: "failed", error: "SMS.ru 105: not delivered" });
    await server?.close();
    const refused = await fake(() => ({
      json: { status: "OK", status_code: 100, sms: { "79991234567": { status: "ERROR", status_code: 207 } } },
    }));
    expect(await sendSmsRu({ config: refused.config, to: "+79991234567", text: "x" })).toMatchObject({
      ok: false,
      error: "SMS.ru 207: number refused",
    });
  });
});
