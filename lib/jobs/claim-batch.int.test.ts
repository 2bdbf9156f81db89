import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimBatch, leaseFree, utc } from "@/lib/jobs/claim-batch";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
let accountId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  accountId = (await createWorkspaceFixture({ name: "Claims", chats: 0 })).account.id;
});
afterAll(async () => {
  await db?.cleanup();
});

// Stored pushes stand in for any work table: a due time that is also the lease.
const claim = ({ now, limit }: { now: Date; limit: number }) =>
  claimBatch({
    table: "WebhookEvent",
    where: Prisma.sql`"processedAt" IS NULL AND "accountId" = ${accountId} AND "nextAttemptAt" <= ${utc(now)}`,
    set: Prisma.sql`"nextAttemptAt" = ${utc(new Date(now.getTime() + 60_000))}, attempts = attempts + 1`,
    orderBy: Prisma.sql`"nextAttemptAt", id`,
    limit,
  });

describe("claimBatch", () => {
  it("workers claiming at the same moment get disjoint rows, and together all of them", async () => {
    await db.prisma.webhookEvent.createMany({ data: Array.from({ length: 50 }, (_, i) => ({ accountId, dedupKey: `k${i}`, eventType: "message.created", body: "{}" })) });
    const now = new Date(Date.now() + 1_000);
    const batches = await Promise.all(Array.from({ length: 5 }, () => claim({ now, limit: 15 })));
    const ids = batches.flat().map((r) => r.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
    // Leased: nobody takes them again until the lease runs out.
    expect(await claim({ now, limit: 50 })).toEqual([]);
    const later = await claim({ now: new Date(now.getTime() + 61_000), limit: 100 });
    expect(later).toHaveLength(50);
    expect(await db.prisma.webhookEvent.count({ where: { accountId, attempts: 2 } })).toBe(50);
  });

  it("a free lease is one never taken or run out", async () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const rows = await db.prisma.$queryRaw<{ free: boolean }[]>`
      SELECT ${leaseFree("lockedUntil", now)} AS free FROM (VALUES (NULL::timestamp), ('2026-12-06 11:59:59'::timestamp), ('2026-12-06 12:00:01'::timestamp)) v("lockedUntil")`;
    expect(rows.map((r) => r.free)).toEqual([true, true, false]);
  });
});
