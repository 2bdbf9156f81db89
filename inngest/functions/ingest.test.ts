import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it, vi } from "vitest";

// The functions are thin: each step calls a domain service. Services are mocked here; they have
// integration tests of their own (lib/ingest/*.int.test.ts).
const services = vi.hoisted(() => ({
  dueAccounts: vi.fn(async () => ["acc-1", "acc-2"]),
  syncAccount: vi.fn(async ({ accountId }: { accountId: string }) => ({ status: "synced", accountId })),
  syncReviews: vi.fn(async ({ accountId }: { accountId: string }) => ({ status: "synced", reviews: accountId })),
  processWebhookEvents: vi.fn(async ({ eventIds }: { eventIds: string[] }) => ({
    claimed: eventIds.length,
    processed: eventIds.length - 1,
    failed: 1,
  })),
}));
vi.mock("@/lib/ingest/due-accounts", () => ({ dueAccounts: services.dueAccounts }));
vi.mock("@/lib/ingest/sync-account", () => ({ syncAccount: services.syncAccount }));
vi.mock("@/lib/ingest/sync-reviews", () => ({ syncReviews: services.syncReviews }));
vi.mock("@/lib/ingest/process-webhook-event", () => ({ processWebhookEvents: services.processWebhookEvents }));

const fns = await import("@/inngest/functions/ingest");
const { jobFunctionById } = await import("@/inngest/functions/jobs");
// step.sendEvent would call Inngest; the engine records the call and this mock answers it.
const sent = { id: "fan-out", handler: () => ({ ids: ["evt"] }) };

describe("ingestion functions", () => {
  it("poll-wildberries fans out one sync event per due Wildberries account", async () => {
    const t = new InngestTestEngine({ function: jobFunctionById("poll-wildberries"), steps: [sent] });
    const { result, ctx } = await t.execute();
    expect(result).toEqual({ accounts: 2 });
    expect(services.dueAccounts).toHaveBeenCalledWith({ marketplaces: ["wildberries"] });
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("fan-out", [
      expect.objectContaining({ name: "inbox/account.sync.requested", data: { accountId: "acc-1", mode: "sync" } }),
      expect.objectContaining({ name: "inbox/account.sync.requested", data: { accountId: "acc-2", mode: "sync" } }),
    ]);
  });

  it("the backfill and review crons ask for their own modes and marketplaces", async () => {
    const backfill = await new InngestTestEngine({
      function: jobFunctionById("backfill-webhook-marketplaces"),
      steps: [sent],
    }).execute();
    expect(backfill.result).toEqual({ accounts: 2 });
    // The marketplaces that push (their order is the registry's, not a promise).
    const asked = (services.dueAccounts.mock.lastCall as unknown as [{ marketplaces: string[] }])[0];
    expect([...asked.marketplaces].sort()).toEqual(["avito", "ozon", "yandex_market"]);
    const { ctx } = await new InngestTestEngine({ function: jobFunctionById("sync-reviews"), steps: [sent] }).execute();
    expect(ctx.step.sendEvent).toHaveBeenCalledWith(
      "fan-out",
      expect.arrayContaining([expect.objectContaining({ data: { accountId: "acc-1", mode: "reviews" } })]),
    );
  });

  it("sends no events when no account is due", async () => {
    services.dueAccounts.mockResolvedValueOnce([]);
    const { result, ctx } = await new InngestTestEngine({ function: jobFunctionById("poll-wildberries") }).execute();
    expect(result).toEqual({ accounts: 0 });
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();
  });

  it("sync-account runs the service for the event's account and mode", async () => {
    const t = new InngestTestEngine({ function: fns.syncAccountFn });
    const backfill = await t.execute({
      events: [{ name: "inbox/account.sync.requested", data: { accountId: "acc-9", mode: "backfill" } }],
    });
    expect(backfill.result).toEqual({ status: "synced", accountId: "acc-9" });
    expect(services.syncAccount).toHaveBeenLastCalledWith({ accountId: "acc-9", mode: "backfill" });
    const reviews = await t.execute({
      events: [{ name: "inbox/account.sync.requested", data: { accountId: "acc-7", mode: "reviews" } }],
    });
    expect(reviews.result).toEqual({ status: "synced", reviews: "acc-7" });
  });

  it("process-webhook-events processes the event's stored pushes as one batch step", async () => {
    const t = new InngestTestEngine({ function: fns.processWebhookEventsFn });
    const { result, ctx } = await t.execute({
      events: [{ name: "inbox/webhook.received", data: { eventIds: ["e1", "bad", "e3"] } }],
    });
    expect(result).toEqual({ claimed: 3, processed: 2, failed: 1 });
    expect(services.processWebhookEvents).toHaveBeenCalledWith({ eventIds: ["e1", "bad", "e3"] });
    expect(ctx.step.run).toHaveBeenCalledTimes(1);
  });
});
