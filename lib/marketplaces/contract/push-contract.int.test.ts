import { afterAll, beforeAll, describe, expect, it } from "vitest";

import * as avitoRoute from "@/app/api/webhooks/avito/[secret]/route";
import * as ozonRoute from "@/app/api/webhooks/ozon/[secret]/route";
import * as ymRoute from "@/app/api/webhooks/yandex_market/[secret]/notification/route";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { KNOWN_PUSH_FAILURES } from "@/lib/marketplaces/contract/known-failures";
import { pushBody, pushModeName, type PushMode } from "@/lib/marketplaces/contract/push-body";
import { loadPushCases, type PushCase } from "@/lib/marketplaces/contract/push-cases";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Every documented push type through the real webhook routes (storage included), as the spec's example and
// one seeded body: each is answered in the marketplace's own format. The handler-level verdicts for all seeds
// are in push-contract.test.ts.

const ROUTES = { yandex_market: ymRoute.POST, ozon: ozonRoute.POST, avito: avitoRoute.POST } as const;
const SECRETS = {
  yandex_market: "ym-contract-secret-0001",
  ozon: "ozon-contract-secret-0001",
  avito: "avito-contract-secret-0001",
} as const;
const MODES: PushMode[] = [{ kind: "static" }, { kind: "random", seed: 1 }];

const cases = await loadPushCases();

let db: TestDatabase;
let sim: Simulator;
beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  const { workspace } = await createWorkspaceFixture({ name: "Contract pushes", chats: 0 });
  for (const marketplace of ["yandex_market", "ozon", "avito"] as const) {
    await createSimAccount({ workspaceId: workspace.id, sim, marketplace, webhookSecret: SECRETS[marketplace] });
  }
});
afterAll(async () => {
  await settleWebhookDrain();
  await sim.close();
  await db.cleanup();
});

const post = (c: Pick<PushCase, "marketplace">, body: string) =>
  callRoute(ROUTES[c.marketplace], { method: "POST", params: { secret: SECRETS[c.marketplace] }, body });

describe("documented pushes through the real webhook routes", () => {
  for (const c of cases) {
    for (const mode of MODES) {
      const known = KNOWN_PUSH_FAILURES[`${c.marketplace}|${c.type}|${pushModeName(mode)}|route`];
      (known ? it.fails : it)(
        `${c.marketplace} ${c.type} [${pushModeName(mode)}]: acknowledged as the marketplace expects`,
        async () => {
          const body = pushBody(c, mode);
          const res = await post(c, body);
          expect(c.validateAnswer({ status: res.status, body: res.json }), body).toEqual([]);
        },
      );
    }
  }

  // Issue 14 #3: an edit carries the same chat and message id as the original; it must not be deduplicated away.
  it("Ozon TYPE_UPDATE_MESSAGE after TYPE_NEW_MESSAGE of the same message is kept (the edit is not lost)", async () => {
    const ozon = Object.fromEntries(cases.filter((c) => c.marketplace === "ozon").map((c) => [c.type, c]));
    const created = JSON.parse(pushBody(ozon.TYPE_NEW_MESSAGE!, { kind: "static" })) as Record<string, unknown>;
    const edited = {
      ...JSON.parse(pushBody(ozon.TYPE_UPDATE_MESSAGE!, { kind: "static" })),
      chat_id: "contract-edit-chat",
      message_id: "3000000000900000001",
      data: ["Исправленный текст"],
    };
    expect(
      (
        await post(
          { marketplace: "ozon" },
          JSON.stringify({ ...created, chat_id: "contract-edit-chat", message_id: "3000000000900000001" }),
        )
      ).status,
    ).toBe(200);
    expect((await post({ marketplace: "ozon" }, JSON.stringify(edited))).status).toBe(200);
    expect(await db.prisma.webhookEvent.count({ where: { body: JSON.stringify(edited) } })).toBe(1);
  });
});
