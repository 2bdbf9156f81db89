import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { applyMigrations, defaultMigrationsDir } from "@/lib/db-migrations";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

/**
 * For the test of one migration: a database migrated up to just before `migration` (made before the
 * file's tests, dropped after), where the test writes rows the way a database of that time held them,
 * then `upgrade()` applies the rest.
 */
export function databaseBeforeMigration(migration: string) {
  let db: TestDatabase | undefined;
  let dir = "";
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `${migration}-before-`));
    for (const name of fs.readdirSync(defaultMigrationsDir())) {
      if (name >= migration || !name.match(/^\d/)) continue;
      fs.cpSync(path.join(defaultMigrationsDir(), name), path.join(dir, name), { recursive: true });
    }
    db = await createTestDatabase({ blank: true });
    await applyMigrations({ db, dir });
  });
  afterAll(async () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await db?.cleanup();
  });
  const current = (): TestDatabase => {
    if (!db) throw new Error("the database is made in beforeAll");
    return db;
  };
  return {
    get db() {
      return current();
    },
    upgrade: () => applyMigrations({ db: current() }),
  };
}
