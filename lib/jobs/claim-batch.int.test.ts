import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { claimBatch, leaseFree, utc } from "@/lib/jobs/claim-batch";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { qb } from "@/lib/typed-sql";

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
const claim = ({ now, limit, account = accountId }: { now: Date; limit: number; account?: string }) =>
  claimBatch({
    table: "WebhookEvent",
    due: (rows) =>
      rows
        .where("processedAt", "is", null)
        .where("accountId", "=", account)
        .where("nextAttemptAt", "<=", utc(now))
        .orderBy("nextAttemptAt")
        .orderBy("id"),
    set: { nextAttemptAt: utc(new Date(now.getTime() + 60_000)), attempts: (eb) => eb("attempts", "+", 1) },
    limit,
  });

describe("claimBatch", () => {
  it("workers claiming at the same moment get disjoint rows, and together all of them", async () => {
    await db.prisma.webhookEvent.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        accountId,
        dedupKey: `k${i}`,
        eventType: "message.created",
        body: "{}",
      })),
    });
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

  // PGlite runs one statement at a time: only PostgreSQL has a second worker to hold rows meanwhile.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "passes over rows another worker holds instead of waiting for them",
    async () => {
      const account = (await createWorkspaceFixture({ name: "Held rows", chats: 0 })).account.id;
      await db.prisma.webhookEvent.createMany({
        data: ["a", "b", "c"].map((k) => ({
          accountId: account,
          dedupKey: k,
          eventType: "message.created",
          body: "{}",
        })),
      });
      const [held, ...free] = (
        await db.prisma.webhookEvent.findMany({
          where: { accountId: account },
          select: { id: true },
          orderBy: { id: "asc" },
        })
      ).map((r) => r.id);
      const now = new Date(Date.now() + 1_000);
      // Another worker's transaction holds the first row while this one claims, on a connection of its own.
      const claimed = await db.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "WebhookEvent" WHERE id = ${held} FOR UPDATE`;
        return claim({ now, limit: 10, account });
      });
      expect(claimed.map((r) => r.id).sort()).toEqual(free);
      expect(await claim({ now, limit: 10, account })).toEqual([{ id: held }]);
    },
  );

  it("a free lease is one never taken or run out", async () => {
    const now = new Date("2026-12-06T12:00:00Z");
    const query =
      sql`SELECT ${leaseFree("lockedUntil", now)} AS free FROM (VALUES (NULL::timestamp), ('2026-12-06 11:59:59'::timestamp), ('2026-12-06 12:00:01'::timestamp)) v("lockedUntil")`.compile(
        qb,
      );
    const rows = await db.prisma.$queryRawUnsafe<{ free: boolean }[]>(query.sql, ...query.parameters);
    expect(rows.map((r) => r.free)).toEqual([true, true, false]);
  });
});
