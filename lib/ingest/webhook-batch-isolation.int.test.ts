import { afterEach, describe, expect, it, vi } from "vitest";
import { connectorForAccount } from "@/lib/accounts/account-connector";
import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";
import { storeWebhookEvents } from "@/lib/ingest/store-webhook-events";
import { webhookDedupKey } from "@/lib/ingest/webhook-dedup-key";
import { failWhere } from "@/lib/test/fail-where";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { ozonBuyerPush } from "@/lib/test/ozon-push";
import { createSimAccount } from "@/lib/test/sim-account";
import { databaseAndSimulatorPerFile } from "@/lib/test/database-and-simulator";

// Stored pushes of many tenants are claimed in one batch. Whatever fails one account's share (its data,
// a fault on its rows) must leave the other accounts' pushes of the batch processed.

const env = databaseAndSimulatorPerFile();
afterEach(() => vi.restoreAllMocks());

async function storedPush(workspaceName: string, messageId: string) {
  const fx = await createWorkspaceFixture({ name: workspaceName, chats: 0 });
  const account = await createSimAccount({ workspaceId: fx.workspace.id, sim: env.sim, marketplace: "ozon" });
  const { chatId } = env.sim.control.injectBuyerMessage({ marketplace: "ozon", text: "Здравствуйте" });
  const body = JSON.stringify(ozonBuyerPush({ chatId, messageId, text: "Здравствуйте" }));
  const event = (await connectorForAccount({ account }).handleWebhook({ body })).events[0]!;
  const [id] = await storeWebhookEvents({
    rows: [{ accountId: account.id, dedupKey: webhookDedupKey(event)!, eventType: event.type, body }],
  });
  return { accountId: account.id, eventId: id! };
}

describe("a batch of stored pushes from several tenants", () => {
  it("processes the other accounts' pushes when one account's processing fails", async () => {
    const bad = await storedPush("Failing tenant", "isolation-bad-1");
    const good = await storedPush("Healthy tenant", "isolation-good-1");
    failWhere(env.db.prisma.chat, "findMany", (args) => args.where?.accountId === bad.accountId);
    await processWebhookEvents({ eventIds: [bad.eventId, good.eventId] });
    vi.restoreAllMocks();
    expect(
      (await env.db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: good.eventId } })).processedAt,
    ).not.toBeNull();
    expect((await env.db.prisma.webhookEvent.findUniqueOrThrow({ where: { id: bad.eventId } })).processedAt).toBeNull();
  });
});
