import http from "node:http";
import type { AddressInfo } from "node:net";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as avitoRoute from "@/app/api/webhooks/avito/[secret]/route";
import * as ozonRoute from "@/app/api/webhooks/ozon/[secret]/route";
import * as ymEarlierRoute from "@/app/api/webhooks/yandex-market/[secret]/notification/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { handleDirectWebhook } from "@/lib/direct-answers/direct-webhooks";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { startRouteServer } from "@/lib/test/route-server";
import { ozonBuyerPush } from "@/lib/test/ozon-push";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The production server answers marketplace webhooks directly (server.mjs + handleDirectWebhook); the
// route handlers answer them under next dev. The same requests must get the same answers both ways.

let db: TestDatabase;
let sim: Simulator;
let routes: Awaited<ReturnType<typeof startRouteServer>>;
let direct: http.Server;
let directUrl: string;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  routes = await startRouteServer({
    routes: [
      {
        method: "POST",
        pattern: /^\/api\/webhooks\/yandex_market\/(?<secret>[^/]+)\/notification$/,
        handler: ymRoute.POST,
      },
      {
        method: "POST",
        pattern: /^\/api\/webhooks\/yandex-market\/(?<secret>[^/]+)\/notification$/,
        handler: ymEarlierRoute.POST,
      },
      { method: "POST", pattern: /^\/api\/webhooks\/avito\/(?<secret>[^/]+)$/, handler: avitoRoute.POST },
      { method: "POST", pattern: /^\/api\/webhooks\/ozon\/(?<secret>[^/]+)$/, handler: ozonRoute.POST },
    ],
  });
  // What server.mjs does: the direct path first, Next.js (here: 418) for everything else.
  direct = http.createServer((req, res) => {
    if (!handleDirectWebhook(req, res)) res.writeHead(418).end();
  });
  await new Promise<void>((r) => direct.listen(0, "127.0.0.1", r));
  directUrl = `http://127.0.0.1:${(direct.address() as AddressInfo).port}`;
  const { workspace } = await createWorkspaceFixture({ name: "Direct", chats: 0 });
  await createSimAccount({
    workspaceId: workspace.id,
    sim,
    marketplace: "yandex_market",
    webhookSecret: "ym-direct-1234567890",
  });
  await createSimAccount({
    workspaceId: workspace.id,
    sim,
    marketplace: "avito",
    webhookSecret: "avito-direct-1234567890",
  });
  await createSimAccount({
    workspaceId: workspace.id,
    sim,
    marketplace: "ozon",
    webhookSecret: "ozon/direct 1234567890",
  });
});
afterAll(async () => {
  await settleWebhookDrain(); // processing after the answers still needs the simulator
  await new Promise((r) => direct.close(r));
  await routes.close();
  await sim.close();
  await db.cleanup();
});

type Answer = { status: number; body: unknown; headers: Record<string, string | string[] | undefined> };

function post(
  base: string,
  path: string,
  body: string | Buffer,
  { chunked = false, method = "POST", extraHeaders = {} as Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "application/json", ...extraHeaders };
    if (!chunked) headers["content-length"] = Buffer.byteLength(body);
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {}
        resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
      });
    });
    // The direct path may answer 413 and close before the whole body is written.
    req.on("error", (e) =>
      (e as NodeJS.ErrnoException).code === "EPIPE" || (e as NodeJS.ErrnoException).code === "ECONNRESET"
        ? undefined
        : reject(e),
    );
    if (chunked) {
      const buf = Buffer.from(body);
      for (let i = 0; i < buf.length; i += 64 * 1024) req.write(buf.subarray(i, i + 64 * 1024));
      req.end();
    } else req.end(body);
  });
}

/** Answers without the parts that differ per call (time stamps, request ids). */
const stable = (a: Answer) => ({
  status: a.status,
  body: JSON.parse(
    JSON.stringify(a.body)
      .replace(/"time":"[^"]+"/g, '"time":"T"')
      .replace(/request [0-9a-f-]{36}/g, "request R"),
  ),
});

const now = () => new Date().toISOString();
const YM = "/api/webhooks/yandex_market/ym-direct-1234567890/notification";
// The URL of earlier versions, still pasted in sellers' cabinets.
const YM_EARLIER = "/api/webhooks/yandex-market/ym-direct-1234567890/notification";
const AVITO = "/api/webhooks/avito/avito-direct-1234567890";
const OZON = `/api/webhooks/ozon/${encodeURIComponent("ozon/direct 1234567890")}`;

const CASES: [string, string, () => string][] = [
  ["YM PING", YM, () => JSON.stringify({ notificationType: "PING", time: now() })],
  [
    "YM another notification type",
    YM,
    () => JSON.stringify({ notificationType: "ORDER_CREATED", orderId: 1, campaignId: 2, createdAt: now() }),
  ],
  ["YM malformed event", YM, () => JSON.stringify({ notificationType: "CHAT_MESSAGE_SENT", chatId: "not-a-number" })],
  ["YM not JSON", YM, () => "{oops"],
  [
    "YM unknown secret",
    "/api/webhooks/yandex_market/wrong/notification",
    () => JSON.stringify({ notificationType: "PING", time: now() }),
  ],
  [
    "YM another marketplace's secret",
    "/api/webhooks/yandex_market/avito-direct-1234567890/notification",
    () => JSON.stringify({ notificationType: "PING", time: now() }),
  ],
  [
    "YM PING at the earlier hyphenated URL",
    YM_EARLIER,
    () => JSON.stringify({ notificationType: "PING", time: now() }),
  ],
  [
    "YM malformed event at the earlier hyphenated URL",
    YM_EARLIER,
    () => JSON.stringify({ notificationType: "CHAT_MESSAGE_SENT", chatId: "not-a-number" }),
  ],
  ["Avito malformed", AVITO, () => JSON.stringify({ id: 1 })],
  [
    "Ozon PING (secret with escaped characters)",
    OZON,
    () => JSON.stringify({ message_type: "TYPE_PING", time: now() }),
  ],
  ["Ozon malformed", OZON, () => JSON.stringify({ message_type: "TYPE_NEW_MESSAGE" })],
  ["Ozon empty body", OZON, () => ""],
];

describe("direct webhook path and route handlers", () => {
  it.each(CASES)("give the same answer: %s", async (_name, path, body) => {
    const viaRoute = await post(routes.url, path, body());
    const viaDirect = await post(directUrl, path, body());
    expect(stable(viaDirect)).toEqual(stable(viaRoute));
    expect(viaDirect.headers["content-type"]).toMatch(/^application\/json/);
    expect(viaDirect.headers["x-content-type-options"]).toBe("nosniff");
    expect(viaDirect.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(viaDirect.headers["strict-transport-security"]).toBeUndefined();
  });

  it("answer the earlier hyphenated Yandex Market URL as today's, with the same handler", async () => {
    expect(ymEarlierRoute.POST).toBe(ymRoute.POST);
    const ping = () => JSON.stringify({ notificationType: "PING", time: now() });
    const today = await post(routes.url, YM, ping());
    expect(today.status).toBe(200);
    for (const base of [routes.url, directUrl])
      expect(stable(await post(base, YM_EARLIER, ping()))).toEqual(stable(today));
    expect((await post(directUrl, "/api/webhooks/yandex-market/wrong/notification", ping())).status).not.toBe(200);
  });

  it("add HSTS to the direct answers of requests that came over https", async () => {
    const ping = JSON.stringify({ message_type: "TYPE_PING", time: now() });
    const viaHttps = await post(directUrl, OZON, ping, { extraHeaders: { "x-forwarded-proto": "https" } });
    expect(viaHttps.status).toBe(200);
    expect(viaHttps.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
  });

  it("refuse a body over 1 MB with 413, whether or not Content-Length says so", async () => {
    const huge = JSON.stringify({ message_type: "TYPE_PING", time: "x".repeat(1_100_000) });
    const viaRoute = await post(routes.url, OZON, huge);
    expect(viaRoute.status).toBe(413);
    expect(stable(await post(directUrl, OZON, huge))).toEqual(stable(viaRoute));
    expect(stable(await post(directUrl, OZON, huge, { chunked: true }))).toEqual(stable(viaRoute));
  });

  it("store a pushed message once, whichever path delivered it first", async () => {
    const before = await db.prisma.webhookEvent.count();
    const { chatId } = await sim.control.injectBuyerMessage({ marketplace: "ozon", text: "Начало" });
    const push = JSON.stringify(ozonBuyerPush({ chatId, messageId: "9007199254740993555", text: "Через прямой путь" }));
    const first = await post(directUrl, OZON, push);
    const again = await post(routes.url, OZON, push);
    expect(first.status).toBe(200);
    expect(stable(again)).toEqual(stable(first));
    expect(await db.prisma.webhookEvent.count({ where: { dedupKey: { contains: "9007199254740993555" } } })).toBe(1);
    expect(await db.prisma.webhookEvent.count()).toBeGreaterThan(before);
  });

  it("leave everything else to Next.js: other paths and methods", async () => {
    expect((await post(directUrl, "/api/webhooks/ozon/x/y", "{}")).status).toBe(418);
    expect((await post(directUrl, "/api/webhooks/ozon/ozon-direct", "", { method: "GET" })).status).toBe(418);
    expect((await post(directUrl, "/api/chats", "{}")).status).toBe(418);
    expect((await post(directUrl, "/api/webhooks/ozon/%E0%A4%A", "{}")).status).toBe(418);
  });
});
