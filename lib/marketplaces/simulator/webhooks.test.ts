import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { deliverWebhook } from "@/lib/marketplaces/simulator/webhooks";

// The simulator delivers a push the way the marketplaces do: a failed attempt (5xx, 429, no answer) is
// tried again; an answer the receiver meant (2xx, 4xx) is final.

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function receiver(statuses: number[]): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const status = statuses[Math.min(hits++, statuses.length - 1)]!;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hook`, hits: () => hits };
}

describe("deliverWebhook", () => {
  it("retries a 503 and a 429 and ends with the receiver's 200", async () => {
    const r = await receiver([503, 429, 200]);
    const d = await deliverWebhook({ marketplace: "ozon", target: r.url, payload: { a: 1 }, retryDelaysMs: [1, 1, 1] });
    expect(d).toMatchObject({ status: 200, error: null });
    expect(r.hits()).toBe(3);
  });

  it("does not retry an answer the receiver meant (401)", async () => {
    const r = await receiver([401, 200]);
    const d = await deliverWebhook({ marketplace: "avito", target: r.url, payload: {}, retryDelaysMs: [1, 1] });
    expect(d.status).toBe(401);
    expect(r.hits()).toBe(1);
  });

  it("gives up after the last retry and reports the failure", async () => {
    const r = await receiver([500]);
    const d = await deliverWebhook({ marketplace: "yandex_market", target: r.url, payload: {}, retryDelaysMs: [1, 1] });
    expect(d.status).toBe(500);
    expect(r.hits()).toBe(3);
  });

  it("retries a receiver that does not answer in time", async () => {
    let hits = 0;
    server = createServer((req, res) => {
      req.resume();
      if (hits++ > 0) req.on("end", () => res.writeHead(200).end());
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/hook`;
    const d = await deliverWebhook({
      marketplace: "ozon",
      target: url,
      payload: {},
      timeoutMs: 200,
      retryDelaysMs: [1],
    });
    expect(d.status).toBe(200);
    expect(hits).toBe(2);
    server.closeAllConnections();
  });
});
