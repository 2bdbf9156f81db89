import { afterEach, describe, expect, it } from "vitest";

import { sendExolveWhatsapp } from "@/lib/notify/exolve-whatsapp";
import type { FakeReply, RecordedRequest } from "@/lib/notify/testing/fake-http-server";
import { startFakeServer } from "@/lib/notify/testing/fake-http-server";

const API_KEY = "exolve-secret-jwt-abc";
let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;

async function fake(reply: (request: RecordedRequest) => FakeReply) {
  server = await startFakeServer(reply);
  return {
    server,
    config: {
      apiKey: API_KEY,
      senderId: "79001234567",
      sendPath: "/messaging/v1/SendWhatsApp",
      baseUrl: server.baseUrl,
    },
  };
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("sendExolveWhatsapp", () => {
  it("POSTs {number, destination, text} with a bearer key to the configured path", async () => {
    const { server, config } = await fake(() => ({ json: { message_id: "539241829043798015" } }));
    const result = await sendExolveWhatsapp({ config, to: "+79991234567", text: "Оставьте отзыв" });

    expect(result).toMatchObject({
      ok: true,
      provider: "exolve_whatsapp",
      status: "sent",
      providerMessageId: "539241829043798015",
    });
    const [request] = server.requests;
    expect(request?.url).toBe("/messaging/v1/SendWhatsApp");
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(request?.body ?? "")).toEqual({
      number: "79001234567",
      destination: "79991234567",
      text: "Оставьте отзыв",
    });
  });

  it("accepts a numeric message_id", async () => {
    const { config } = await fake(() => ({ json: { message_id: 42 } }));
    expect(await sendExolveWhatsapp({ config, to: "+79991234567", text: "x" })).toMatchObject({
      ok: true,
      providerMessageId: "42",
    });
  });

  it("reports HTTP errors with the provider's message", async () => {
    const { config } = await fake(() => ({ status: 401, json: { error: { message: "Unauthorized" } } }));
    expect(await sendExolveWhatsapp({ config, to: "+79991234567", text: "x" })).toMatchObject({
      ok: false,
      errorKind: "http",
      error: "HTTP 401: Unauthorized",
      retryable: false,
    });
  });

  it("flags a 200 without message_id as an invalid response", async () => {
    const { config } = await fake(() => ({ json: { ok: true } }));
    expect(await sendExolveWhatsapp({ config, to: "+79991234567", text: "x" })).toMatchObject({
      ok: false,
      errorKind: "invalid_response",
    });
  });

  it("times out", async () => {
    const { config } = await fake(() => ({ hang: true }));
    expect(
      await sendExolveWhatsapp({ config: { ...config, timeoutMs: 100 }, to: "+79991234567", text: "x" }),
    ).toMatchObject({
      ok: false,
      errorKind: "timeout",
      retryable: true,
    });
  });

  it("requires the send path: there is no published default to fall back on", async () => {
    await expect(
      sendExolveWhatsapp({ config: { apiKey: API_KEY, senderId: "1" } as never, to: "+79991234567", text: "x" }),
    ).rejects.toThrow();
  });
});
