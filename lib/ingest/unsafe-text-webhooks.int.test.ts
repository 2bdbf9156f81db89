import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as avitoRoute from "@/app/api/webhooks/avito/[secret]/route";
import * as ozonRoute from "@/app/api/webhooks/ozon/[secret]/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { ozonBuyerPush } from "@/lib/test/ozon-push";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Webhook events are group-committed: pushes that arrive together are inserted by one statement.
// A push whose text no database can store (a NUL, a lone surrogate) must be refused on its own with
// a 400, and never fail the other tenants' pushes that shared its batch.

let db: TestDatabase;
let sim: Simulator;
let goodAccountId: string;
let chatId: string;
const BAD = "ozon-bad-tenant-1234567890";
const GOOD = "ozon-good-tenant-1234567890";

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  const bad = await createWorkspaceFixture({ name: "Bad bytes", chats: 0 });
  const good = await createWorkspaceFixture({ name: "Good bytes", chats: 0 });
  await createSimAccount({ workspaceId: bad.workspace.id, sim, marketplace: "ozon", webhookSecret: BAD });
  await createSimAccount({
    workspaceId: bad.workspace.id,
    sim,
    marketplace: "yandex_market",
    webhookSecret: `ym-${BAD}`,
  });
  await createSimAccount({ workspaceId: bad.workspace.id, sim, marketplace: "avito", webhookSecret: `avito-${BAD}` });
  goodAccountId = (
    await createSimAccount({ workspaceId: good.workspace.id, sim, marketplace: "ozon", webhookSecret: GOOD })
  ).id;
  chatId = (await sim.control.injectBuyerMessage({ marketplace: "ozon", text: "Начало" })).chatId;
});
afterAll(async () => {
  await settleWebhookDrain();
  await sim.close();
  await db.cleanup();
});

const postOzon = (secret: string, body: string) =>
  callRoute(ozonRoute.POST, { method: "POST", params: { secret }, body });
const push = (messageId: string, text = "Здравствуйте") => JSON.stringify(ozonBuyerPush({ chatId, messageId, text }));

describe("a push with unstorable text", () => {
  it("is refused with 400 while the other tenant's pushes in the same batches are all stored", async () => {
    const bad = [
      push("bad-nul-\u0000"), // JSON.stringify escapes it: "\u0000"
      push("bad-surrogate-\ud800"), // and this: "\ud800"
      push("bad-text", "текст \u0000 с NUL"),
      push("bad-raw").replace("bad-raw", "bad-raw-\u0000"), // a raw NUL byte in the body
    ];
    const good = Array.from({ length: 40 }, (_, i) => push(`good-${i}`));
    // Interleaved and concurrent: while one insert runs, the next ones queue into one batch together.
    const calls = good.flatMap((body, i) => [
      { bad: false, answer: postOzon(GOOD, body) },
      ...(i % 10 === 5 ? [{ bad: true, answer: postOzon(BAD, bad[(i - 5) / 10]!) }] : []),
    ]);
    const answers = await Promise.all(calls.map(async (c) => ({ bad: c.bad, ...(await c.answer) })));
    const badAnswers = answers.filter((a) => a.bad);
    expect(badAnswers.map((a) => a.status)).toEqual([400, 400, 400, 400]);
    for (const a of badAnswers)
      expect(a.json).toEqual({
        error: { code: "ERROR_UNKNOWN", message: expect.stringMatching(/NUL|суррогат/), details: null },
      });
    expect(answers.filter((a) => !a.bad).map((a) => a.status)).toEqual(good.map(() => 200));
    expect(
      await db.prisma.webhookEvent.count({ where: { accountId: goodAccountId, dedupKey: { contains: ":good-" } } }),
    ).toBe(40);
    expect(await db.prisma.webhookEvent.count({ where: { dedupKey: { contains: ":bad-" } } })).toBe(0);
  });

  it("gets each marketplace's own 400 shape", async () => {
    const ym = await callRoute(ymRoute.POST, {
      method: "POST",
      params: { secret: `ym-${BAD}` },
      body: JSON.stringify({
        notificationType: "CHAT_MESSAGE_SENT",
        campaignId: 1,
        chatId: 2,
        message: { text: "\u0000" },
      }),
    });
    expect(ym.status).toBe(400);
    expect(ym.json).toEqual({ error: { type: "WRONG_EVENT_FORMAT", message: expect.stringContaining("NUL") } });
    const avito = await callRoute(avitoRoute.POST, {
      method: "POST",
      params: { secret: `avito-${BAD}` },
      body: '{"payload":{"value":{"content":{"text":"\\udfff"}}}}',
    });
    expect(avito.status).toBe(400);
    expect(avito.json).toEqual({ error: { code: "bad_request", message: expect.stringContaining("суррогат") } });
  });
});
