import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWN_SIMULATOR_DISAGREEMENTS } from "@/lib/marketplaces/contract/known-failures";
import type { SpecFile } from "@/lib/marketplaces/contract/overrides";
import { recordSpecExchanges } from "@/lib/marketplaces/contract/record-spec-exchanges";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { parseAllowedHost } from "@/lib/allowed-host";
import { createOutboundClient, type OutboundClient } from "@/lib/net/guarded-fetch";

// The simulator's fault answers are held to the official specs too: each error status a spec documents for an
// operation the connectors use, produced by a fault, must have the body that spec gives it.

let sim: Simulator;
let client: OutboundClient;

beforeAll(async () => {
  sim = await startSimulator();
  client = createOutboundClient({ policy: { allowedHosts: [parseAllowedHost(sim.url)!] } });
});

afterAll(async () => {
  await client?.close();
  await sim?.close();
});

/** Error answers the specs document, per operation: the simulator's fault bodies must match them too. */
const ERROR_CASES: {
  marketplace: Marketplace;
  base: (s: Simulator) => string;
  prefix: string;
  method: string;
  path: string;
  specs: SpecFile[];
  statuses: number[];
}[] = [
  {
    marketplace: "wildberries",
    base: (s) => s.baseUrls.wildberries.chat,
    prefix: "/wb-chat",
    method: "GET",
    path: "/api/v1/seller/chats",
    specs: ["wildberries-09-communications.yaml"],
    statuses: [401, 402, 429],
  },
  {
    marketplace: "wildberries",
    base: (s) => s.baseUrls.wildberries.chat,
    prefix: "/wb-chat",
    method: "GET",
    path: "/api/v1/seller/events",
    specs: ["wildberries-09-communications.yaml"],
    statuses: [400],
  },
  {
    marketplace: "wildberries",
    base: (s) => s.baseUrls.wildberries.feedbacks,
    prefix: "/wb-feedbacks",
    method: "GET",
    path: "/api/v1/feedbacks",
    specs: ["wildberries-09-communications.yaml"],
    statuses: [400, 401, 402, 403, 429],
  },
  {
    marketplace: "ozon",
    base: (s) => s.baseUrls.ozon.api,
    prefix: "/ozon",
    method: "POST",
    path: "/v3/chat/list",
    specs: ["override:ozon"],
    statuses: [400, 403, 404, 409, 500],
  },
  {
    marketplace: "yandex_market",
    base: (s) => s.baseUrls.yandex_market.api,
    prefix: "/ym",
    method: "POST",
    path: "/v2/businesses/1001/chats",
    specs: ["yandex-market-partner-api-chats-feedback.yaml"],
    statuses: [400, 401, 403, 404, 420, 500],
  },
  {
    marketplace: "amazon",
    base: (s) => s.baseUrls.amazon.api,
    prefix: "/amazon",
    method: "GET",
    path: "/messaging/v1/orders/123-1234567-1234567",
    specs: ["amazon-sp-api-messaging-v1.json"],
    statuses: [400, 403, 404, 429, 500, 503],
  },
];

describe("simulator error answers match the official specs", () => {
  for (const c of ERROR_CASES) {
    for (const status of c.statuses) {
      const known = KNOWN_SIMULATOR_DISAGREEMENTS[`${c.marketplace}|${c.method} ${c.path}|${status}`];
      (known ? it.fails : it)(`${c.marketplace} ${c.method} ${c.path} -> ${status}`, async () => {
        const recorder = await recordSpecExchanges({
          mounts: [{ prefix: c.base(sim), specs: c.specs }],
          send: client.fetch,
        });
        sim.control.addFault({
          prefix: c.prefix,
          path: c.path,
          method: c.method,
          kind: "status",
          status,
          message: "Ошибка для проверки",
        });
        const res = await recorder.send({
          url: `${c.base(sim)}${c.path}`,
          method: c.method,
          ...(c.method === "POST" ? { body: "{}", headers: { "content-type": "application/json" } } : {}),
          timeoutMs: 5_000,
          maxBytes: 1_000_000,
        });
        expect(res.status).toBe(status);
        expect(recorder.exchanges.flatMap((e) => e.errors)).toEqual([]);
      });
    }
  }
});
