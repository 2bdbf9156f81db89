import { describe, expect, it } from "vitest";
import { databaseBeforeMigration } from "@/lib/test/migrations-before";

// Databases made before the marketplace ids were unified hold the upper-case enum values and the same
// spellings as text; upgrading keeps every row and leaves one spelling.

const MIGRATION = "20261207054700_marketplace_ids";

const old = databaseBeforeMigration(MIGRATION);

describe("the marketplace ids migration", () => {
  it("renames the stored values in place, rows, text and notification values alike", async () => {
    const db = old.db;
    const sql = (text: string) => db.prisma.$executeRawUnsafe(text);
    await sql(`INSERT INTO "Workspace" (id, name, "updatedAt") VALUES ('w1', 'Shop', now())`);
    await sql(`INSERT INTO "User" (id, email, "updatedAt") VALUES ('u1', 'owner@example.com', now())`);
    await sql(
      `INSERT INTO "MarketplaceAccount" (id, "workspaceId", marketplace, name, "credentialsEnc", "updatedAt") VALUES ('a1', 'w1', 'YANDEX_MARKET', 'YM', 'x', now()), ('a2', 'w1', 'OZON', 'Ozon', 'x', now())`,
    );
    await sql(
      `INSERT INTO "ReportCounter" ("workspaceId", scope, dim, day, value) VALUES ('w1', '', 'marketplace', '2026-12-01', 'YANDEX_MARKET'), ('w1', '', 'kind', '2026-12-01', 'CHAT')`,
    );
    await sql(
      `INSERT INTO "Notification" (id, "workspaceId", "userId", kind, params) VALUES ('n1', 'w1', 'u1', 'negative_review_escalation', '{"rating": 1, "marketplace": "WILDBERRIES"}'), ('n2', 'w1', 'u1', 'mention', '{"author": "Анна"}')`,
    );

    expect((await old.upgrade()).applied).toContain(MIGRATION);

    const accounts = await db.prisma.marketplaceAccount.findMany({
      orderBy: { id: "asc" },
      select: { id: true, marketplace: true },
    });
    expect(accounts).toEqual([
      { id: "a1", marketplace: "yandex_market" },
      { id: "a2", marketplace: "ozon" },
    ]);
    expect(await db.prisma.marketplaceAccount.count({ where: { marketplace: "yandex_market" } })).toBe(1);
    const counters = await db.prisma.reportCounter.findMany({
      orderBy: { dim: "asc" },
      select: { dim: true, value: true },
    });
    expect(counters).toEqual([
      { dim: "kind", value: "CHAT" },
      { dim: "marketplace", value: "yandex_market" },
    ]);
    const notifications = await db.prisma.notification.findMany({ orderBy: { id: "asc" }, select: { params: true } });
    expect(notifications.map((n) => n.params)).toEqual([{ rating: 1, marketplace: "wildberries" }, { author: "Анна" }]);
  });
});
