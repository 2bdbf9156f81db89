import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db-migrations";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ blank: true });
});
afterAll(() => db.cleanup());

describe("applyMigrations", () => {
  it("creates the schema and records each migration once", async () => {
    const first = await applyMigrations({ db });
    expect(first.total).toBeGreaterThan(0);
    expect(first.applied).toHaveLength(first.total);
    const again = await applyMigrations({ db });
    expect(again.applied).toEqual([]);
    expect(again.total).toBe(first.total);
    const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "_prisma_migrations"`,
    );
    expect(rows[0]!.n).toBe(again.total);
    expect(await db.prisma.chat.count()).toBe(0);
  });

  it("gives the other test files a copy of the fully migrated schema", async () => {
    const copy = await createTestDatabase();
    try {
      expect(await applyMigrations({ db: copy })).toEqual({
        applied: [],
        total: (await applyMigrations({ db })).total,
      });
      expect(await copy.prisma.chat.count()).toBe(0);
    } finally {
      await copy.cleanup();
    }
  });
});
