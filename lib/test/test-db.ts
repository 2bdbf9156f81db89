import crypto from "node:crypto";
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { openDatabase, pgliteDatabase, setDatabaseForTests, type Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";

// Integration tests get a fresh, migrated database each: in-memory PGlite by default, started from the
// run's migrated template (lib/test/int-global-setup.ts), or a schema of their own in the PostgreSQL
// database named by TEST_DATABASE_URL (set by `npm run test:int:pg`). `blank` gives an empty database,
// for the tests of the migrations themselves.

export type TestDatabase = Database & {
  cleanup(): Promise<void>;
  /** PostgreSQL runs: where a second instance connects. */ postgres?: { url: string; schema: string };
};

export async function createTestDatabase({ blank = false }: { blank?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  let db: Database;
  let drop = async () => {};
  let postgres: TestDatabase["postgres"];
  let migrated = false;
  if (url) {
    const schema = `t_${crypto.randomBytes(6).toString("hex")}`;
    await adminQuery(url, `CREATE SCHEMA "${schema}"`);
    db = openDatabase({ url, schema });
    postgres = { url, schema };
    drop = () => adminQuery(url, `DROP SCHEMA "${schema}" CASCADE`);
  } else {
    const template = blank ? undefined : inject("pgliteTemplate");
    migrated = Boolean(template);
    db = pgliteDatabase(new PGlite(template ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : undefined));
  }
  if (!migrated && !blank) await applyMigrations({ db });
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

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
