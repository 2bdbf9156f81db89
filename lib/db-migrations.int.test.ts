import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db-migrations";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.cleanup());

describe("applyMigrations", () => {
  it("creates the schema and records each migration once", async () => {
    const again = await applyMigrations({ db });
    expect(again.applied).toEqual([]);
    expect(again.total).toBeGreaterThan(0);
    const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(rows[0]!.n).toBe(again.total);
    expect(await db.prisma.chat.count()).toBe(0);
  });
});
