import { afterAll, beforeAll, beforeEach } from "vitest";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { startRouteServer } from "@/lib/test/route-server";
import { MARKETPLACE_WEBHOOK_ROUTES } from "@/lib/test/webhook-routes";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { until } from "@/lib/test/until";

/**
 * A test file's webhook world: a database and the simulator with a Yandex Market, an Avito and an Ozon account
 * whose pushes reach the real route handlers over HTTP (faults cleared before each test).
 */
export function webhooksWorldPerFile() {
  const w = {
    db: undefined as unknown as TestDatabase,
    sim: undefined as unknown as Simulator,
    workspaceId: "",
    ids: { ym: "", avito: "", ozon: "" } as Record<"ym" | "avito" | "ozon", string>,
    messagesWithText: (text: string) => w.db.prisma.message.findMany({ where: { text }, include: { chat: true } }),
    /** The stored messages with this text, once there are any. */
    waitForMessages: (text: string) =>
      until(async () => {
        const rows = await w.messagesWithText(text);
        return rows.length ? rows : null;
      }, 10_000),
  };
  let server: Awaited<ReturnType<typeof startRouteServer>>;
  beforeAll(async () => {
    w.db = await createTestDatabase();
    w.sim = await startSimulator();
    server = await startRouteServer({ routes: MARKETPLACE_WEBHOOK_ROUTES });
    const fx = await createWorkspaceFixture({ name: "Hooks", chats: 0 });
    const workspaceId = (w.workspaceId = fx.workspace.id);
    const sim = w.sim;
    w.ids.ym = (
      await createSimAccount({ workspaceId, sim, marketplace: "yandex_market", webhookSecret: "ym-secret-1234567890" })
    ).id;
    w.ids.avito = (
      await createSimAccount({ workspaceId, sim, marketplace: "avito", webhookSecret: "avito-secret-1234567890" })
    ).id;
    w.ids.ozon = (
      await createSimAccount({ workspaceId, sim, marketplace: "ozon", webhookSecret: "ozon-secret-1234567890" })
    ).id;
    sim.control.setWebhookTarget({
      marketplace: "yandex_market",
      url: `${server.url}/api/webhooks/yandex_market/ym-secret-1234567890`,
    });
    sim.control.setWebhookTarget({
      marketplace: "avito",
      url: `${server.url}/api/webhooks/avito/avito-secret-1234567890`,
    });
    sim.control.setWebhookTarget({
      marketplace: "ozon",
      url: `${server.url}/api/webhooks/ozon/ozon-secret-1234567890`,
    });
  });
  afterAll(async () => {
    await settleWebhookDrain(); // processing after the answers still needs the simulator
    await server.close();
    await w.sim.close();
    await w.db.cleanup();
  });
  beforeEach(() => w.sim.control.clearFaults());
  return w;
}
