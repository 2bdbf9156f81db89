import { afterAll, beforeAll } from "vitest";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { startRouteServer } from "@/lib/test/route-server";
import { MARKETPLACE_WEBHOOK_ROUTES } from "@/lib/test/webhook-routes";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

export const YM_WEBHOOK_SECRET = "ym-fidelity-secret-1234567890";

/**
 * A test file's Yandex Market world: a database, the simulator with one connected YM account whose pushes reach
 * the real notification route, opened before the file's tests and closed after them.
 */
export function ymWebhookWorldPerFile() {
  const w = {
    db: undefined as unknown as TestDatabase,
    sim: undefined as unknown as Simulator,
    fx: undefined as unknown as Awaited<ReturnType<typeof createWorkspaceFixture>>,
    accountId: "",
    /** The review conversation of a YM review id, with its thread. */
    reviewChat: (externalId: string) =>
      w.db.prisma.chat.findUnique({
        where: { accountId_kind_externalId: { accountId: w.accountId, kind: "REVIEW", externalId } },
        include: { messages: { orderBy: { createdAt: "asc" } } },
      }),
  };
  let server: Awaited<ReturnType<typeof startRouteServer>>;
  beforeAll(async () => {
    w.db = await createTestDatabase();
    w.sim = await startSimulator();
    server = await startRouteServer({ routes: MARKETPLACE_WEBHOOK_ROUTES });
    w.fx = await createWorkspaceFixture({ name: "YM", chats: 0 });
    w.accountId = (
      await createSimAccount({
        workspaceId: w.fx.workspace.id,
        sim: w.sim,
        marketplace: "yandex_market",
        webhookSecret: YM_WEBHOOK_SECRET,
      })
    ).id;
    w.sim.control.setWebhookTarget({
      marketplace: "yandex_market",
      url: `${server.url}/api/webhooks/yandex_market/${YM_WEBHOOK_SECRET}`,
    });
  });
  afterAll(async () => {
    await settleWebhookDrain();
    await server.close();
    await w.sim.close();
    await w.db.cleanup();
  });
  return w;
}
