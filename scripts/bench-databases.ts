// The benchmarks' two databases: an on-disk PGlite in a scratch directory, then PostgreSQL in a schema of
// its own (dropped afterwards), each handed to `run`; the scratch directory is removed at the end.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db";

export async function onBenchDatabases({
  scratch,
  pgUrl,
  skipPglite,
  skipPg,
  schemaPrefix,
  run,
}: {
  scratch: string;
  pgUrl: string;
  skipPglite: boolean;
  skipPg: boolean;
  schemaPrefix: string;
  run: (label: string, db: Database) => Promise<void>;
}) {
  try {
    if (!skipPglite) {
      const db = openDatabase({ dataDir: path.join(scratch, "pglite") });
      try {
        await run("PGlite (embedded, on disk)", db);
      } finally {
        await db.close();
      }
    }
    if (!skipPg) {
      const schema = `${schemaPrefix}_${crypto.randomBytes(4).toString("hex")}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA "${schema}"`);
      const db = openDatabase({ url: pgUrl, schema });
      try {
        const version = await db.prisma.$queryRawUnsafe<{ v: string }[]>(
          "SELECT current_setting('server_version') AS v",
        );
        await run(`PostgreSQL ${version[0]?.v} (schema ${schema})`, db);
      } finally {
        await db.close();
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
        await admin.end();
      }
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
