import crypto from "node:crypto";
import pg from "pg";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { openDatabase, setDatabaseForTests, type Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";

// Integration tests get a fresh, migrated database each: in-memory PGlite by default, or a schema of
// their own in the PostgreSQL database named by TEST_DATABASE_URL (set by `npm run test:int:pg`).

export type TestDatabase = Database & { cleanup(): Promise<void>; /** PostgreSQL runs: where a second instance connects. */ postgres?: { url: string; schema: string } };

export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  let db: Database;
  let drop = async () => {};
  let postgres: TestDatabase["postgres"];
  if (url) {
    const schema = `t_${crypto.randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    db = openDatabase({ url, schema });
    postgres = { url, schema };
    drop = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    };
  } else {
    db = openDatabase({ memory: true });
  }
  await applyMigrations({ db });
  setDatabaseForTests(db);
  return {
    ...db,
    postgres,
    async cleanup() {
      // After-response webhook processing may still be running on this database: let it finish first
      // (a pool closed under an open transaction would wait for it forever).
      await settleWebhookDrain();
      setDatabaseForTests(undefined);
      await db.close();
      await drop();
    },
  };
}
