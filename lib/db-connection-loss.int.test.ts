import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// PostgreSQL only: the server ending idle pooled connections (a restart, a failover, an administrator)
// must not end the app's process, and the next query must work on a fresh connection.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)("a dropped idle database connection", () => {
  let test: TestDatabase;
  let db: Database;
  const appName = `agentiq_loss_${crypto.randomBytes(4).toString("hex")}`;
  beforeAll(async () => {
    test = await createTestDatabase();
    const url = new URL(test.postgres!.url);
    url.searchParams.set("application_name", appName);
    db = openDatabase({ url: url.toString(), schema: test.postgres!.schema });
  });
  afterAll(async () => {
    await db?.close();
    await test?.cleanup();
  });

  it("is discarded by the pool, and the next query runs on a new one", async () => {
    // Several connections at once, so the pool holds idle ones afterwards.
    await Promise.all(Array.from({ length: 4 }, () => db.query("SELECT pg_sleep(0.05)", [])));
    const admin = new pg.Client({ connectionString: test.postgres!.url });
    await admin.connect();
    try {
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
        [appName],
      );
      expect(killed.rowCount).toBeGreaterThanOrEqual(2);
    } finally {
      await admin.end();
    }
    // The pool hears each connection end while it is idle; unheard, that error would fail this run.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.query<{ n: number }>("SELECT 1::int AS n", [])).toEqual([{ n: 1 }]);
    expect(await db.prisma.chat.count()).toBe(0);
  });
});
