import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimPollAccounts } from "@/lib/ingest/claim-poll-accounts";
import { runIngestJob } from "@/lib/ingest/ingest-jobs";
import { pollIntervalMs, POLL_LEASE_MS, QUIET_POLL_MS } from "@/lib/ingest/poll-interval";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createSimAccount } from "@/lib/test/sim-account";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
let sim: Simulator;
let workspaceId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  // A workspace of its own, with only the accounts the tests create (the job polls every workspace).
  workspaceId = (await db.prisma.workspace.create({ data: { name: "Adaptive" } })).id;
});
afterAll(async () => {
  await sim.close();
  await db.cleanup();
});

const account = (id: string) => db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id } });
const secondsUntil = (at: Date | null) => Math.round((at!.getTime() - Date.now()) / 1000);

describe("Wildberries adaptive polling", () => {
  it("polls an account with a conversation under way within seconds, a quiet one once a minute", async () => {
    const busy = await createSimAccount({ workspaceId, sim, marketplace: "wildberries" });
    await sim.control.injectBuyerMessage({ marketplace: "wildberries", text: "Здравствуйте, где мой заказ?" });
    expect((await runIngestJob({ job: "pollWildberries" })).map((r) => r.accountId)).toEqual([busy.id]);
    const active = await account(busy.id);
    expect(active.lastActivityAt).not.toBeNull();
    expect(secondsUntil(active.nextPollAt)).toBeLessThanOrEqual(3);
    // An account whose feed has nothing new (it starts where the first one is): a minute until its next poll.
    const quiet = await createSimAccount({ workspaceId, sim, marketplace: "wildberries" });
    await db.prisma.marketplaceAccount.update({ where: { id: quiet.id }, data: { syncCursor: active.syncCursor } });
    expect((await runIngestJob({ job: "pollWildberries" })).map((r) => r.accountId)).toEqual([quiet.id]);
    const idle = await account(quiet.id);
    expect(idle.lastActivityAt).toBeNull();
    expect(secondsUntil(idle.nextPollAt)).toBeGreaterThanOrEqual(58);
    // A run now finds neither due; 3 s later only the active one.
    await db.prisma.marketplaceAccount.update({
      where: { id: busy.id },
      data: { nextPollAt: new Date(Date.now() + 2_000) },
    });
    expect(await runIngestJob({ job: "pollWildberries" })).toEqual([]);
    await db.prisma.marketplaceAccount.update({
      where: { id: busy.id },
      data: { nextPollAt: new Date(Date.now() - 1) },
    });
    expect((await runIngestJob({ job: "pollWildberries" })).map((r) => r.accountId)).toEqual([busy.id]);
    // Its activity is seconds old: still every 3 s.
    expect(secondsUntil((await account(busy.id)).nextPollAt)).toBeLessThanOrEqual(3);
  });

  it("workers claiming at the same moment never take one account twice; a killed worker's account is taken after its lease", async () => {
    const ids = await Promise.all(
      Array.from({ length: 6 }, () =>
        createSimAccount({ workspaceId, sim, marketplace: "wildberries" }).then((x) => x.id),
      ),
    );
    await db.prisma.marketplaceAccount.updateMany({ where: { workspaceId }, data: { nextPollAt: null } });
    const now = new Date();
    const claims = await Promise.all(
      Array.from({ length: 4 }, () => claimPollAccounts({ marketplaces: ["wildberries"], now, limit: 3 })),
    );
    const taken = claims.flat();
    expect(new Set(taken).size).toBe(taken.length);
    expect(taken).toEqual(expect.arrayContaining(ids));
    // Nobody polled them (a killed worker): free again once the lease has run out, not before.
    expect(await claimPollAccounts({ marketplaces: ["wildberries"], now })).toEqual([]);
    const later = await claimPollAccounts({
      marketplaces: ["wildberries"],
      now: new Date(now.getTime() + POLL_LEASE_MS + 1),
    });
    expect(later.sort()).toEqual([...taken].sort());
  });

  it("intervals by how recent the last activity is", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const ago = (ms: number) => new Date(now.getTime() - ms);
    expect(pollIntervalMs({ lastActivityAt: null, now })).toBe(QUIET_POLL_MS);
    expect(pollIntervalMs({ lastActivityAt: ago(30_000), now })).toBe(3_000);
    expect(pollIntervalMs({ lastActivityAt: ago(20 * 60_000), now })).toBe(15_000);
    expect(pollIntervalMs({ lastActivityAt: ago(2 * 3_600_000), now })).toBe(QUIET_POLL_MS);
  });
});
