import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/db";

// Applies prisma/migrations in order, recording them in Prisma's own _prisma_migrations table with
// Prisma's checksum, so `prisma migrate deploy`/`status` and this runner agree on what is applied.
// The app runs this itself because the embedded PGlite database can be opened by one process only.

const TABLE_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

export type MigrationResult = { applied: string[]; total: number };

export function defaultMigrationsDir(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
}

export async function applyMigrations({
  db,
  dir = defaultMigrationsDir(),
}: {
  db: Database;
  dir?: string;
}): Promise<MigrationResult> {
  const names = fs
    .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
  return db.withMigrationLock(async () => {
    await db.exec(TABLE_SQL);
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const applied: string[] = [];
    for (const name of names) {
      const sql = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8");
      const checksum = crypto.createHash("sha256").update(sql).digest("hex");
      const previous = done.get(name);
      if (previous) {
        if (previous !== checksum)
          throw new Error(`Migration ${name} was edited after it was applied; add a new migration instead.`);
        continue;
      }
      // The script and its record commit together: a crash leaves neither.
      await db.exec(
        `BEGIN;\n${sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('${crypto.randomUUID()}', '${checksum}', now(), '${name.replace(/'/g, "''")}', 1);\nCOMMIT;`,
      );
      applied.push(name);
    }
    return { applied, total: names.length };
  });
}
