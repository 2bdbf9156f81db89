import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as avitoRoute from "@/app/api/webhooks/avito/[secret]/route";
import * as ozonRoute from "@/app/api/webhooks/ozon/[secret]/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The marketplaces' own example payloads (copied verbatim from ../shared/marketplace-apis into the
// connectors' fixtures) are accepted, acknowledged in the marketplace's format and stored once.
const fixture = (marketplace: string, name: string) =>
  fs.readFileSync(path.join("lib", "marketplaces", marketplace, "fixtures", name), "utf8");

let db: TestDatabase;
let sim: Simulator;
beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  const { workspace } = await createWorkspaceFixture({ name: "Examples", chats: 0 });
  for (const [marketplace, secret] of [
    ["yandex_market", "ym-examples-secret-0001"],
    ["avito", "avito-examples-secret-0001"],
    ["ozon", "ozon-examples-secret-0001"],
  ] as const) {
    await createSimAccount({ workspaceId: workspace.id, sim, marketplace, webhookSecret: secret });
  }
});
afterAll(async () => {
  await settleWebhookDrain(); // processing after the answers still needs the simulator
  await sim.close();
  await db.cleanup();
});

const cases = [
  {
    name: "Yandex Market CHAT_MESSAGE_SENT",
    route: ymRoute.POST,
    secret: "ym-examples-secret-0001",
    body: () => fixture("yandex_market", "notification-chat-message-sent.constructed.json"),
    dedupKey: "message:12345:67890",
  },
  {
    name: "Avito messenger v3 message",
    route: avitoRoute.POST,
    secret: "avito-examples-secret-0001",
    body: () => fixture("avito", "webhook-v3.json"),
    dedupKey: "message:abc:abc",
  },
  {
    name: "Ozon TYPE_NEW_MESSAGE",
    route: ozonRoute.POST,
    secret: "ozon-examples-secret-0001",
    body: () => fixture("ozon", "push-new-message.json"),
    dedupKey: "message:b646d975-0c9c-4872-9f41-8b1e57181063:3000000000817031942",
  },
  {
    name: "Ozon TYPE_UPDATE_MESSAGE",
    route: ozonRoute.POST,
    secret: "ozon-examples-secret-0001",
    body: () => fixture("ozon", "push-update-message.json"),
    // An edit of its own: the edit time and the new text, not the original message's key.
    dedupKey: `message-edit:b646d975-0c9c-4872-9f41-8b1e57181063:3000000000817031942:2022-07-18T20:59:04.528Z:${crypto.createHash("sha256").update("Текст сообщения").digest("hex").slice(0, 16)}`,
  },
  {
    name: "Ozon TYPE_MESSAGE_READ",
    route: ozonRoute.POST,
    secret: "ozon-examples-secret-0001",
    body: () => fixture("ozon", "push-message-read.json"),
    dedupKey: "read:b646d975-0c9c-4872-9f41-8b1e57181063:3000000000817031942",
  },
  {
    name: "Ozon TYPE_CHAT_CLOSED",
    route: ozonRoute.POST,
    secret: "ozon-examples-secret-0001",
    body: () => fixture("ozon", "push-chat-closed.json"),
    dedupKey: "chat-closed:b646d975-0c9c-4872-9f41-8b1e57181063",
  },
];

describe("official example payloads", () => {
  for (const c of cases) {
    it(`${c.name}: acknowledged, stored once, a redelivery not stored again`, async () => {
      const first = await callRoute(c.route, { method: "POST", params: { secret: c.secret }, body: c.body() });
      expect(first.status).toBe(200);
      const again = await callRoute(c.route, { method: "POST", params: { secret: c.secret }, body: c.body() });
      expect(again.status).toBe(200);
      expect(await db.prisma.webhookEvent.count({ where: { dedupKey: c.dedupKey } })).toBe(1);
      // Stored verbatim, so nothing is lost even when processing needs a retry (ids beyond 2^53 intact).
      expect((await db.prisma.webhookEvent.findFirstOrThrow({ where: { dedupKey: c.dedupKey } })).body).toBe(c.body());
    });
  }
  it("Ozon answers its own format: {result: true} for events", async () => {
    const res = await callRoute(ozonRoute.POST, {
      method: "POST",
      params: { secret: "ozon-examples-secret-0001" },
      body: fixture("ozon", "push-update-message.json"),
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ result: true });
  });
});
