import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { pgliteDatabase } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";

// PGlite runs: the migrations are applied once, to a template whose data directory is dumped to a file;
// each integration test file then starts its in-memory database from that dump (lib/test/test-db.ts)
// instead of running initdb and every migration again. PostgreSQL runs (TEST_DATABASE_URL) migrate a
// schema per file: there a copy of a template saves nothing measurable.

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate?: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-int-template-"));
  const file = path.join(dir, "pglite.tar");
  const client = new PGlite();
  const db = pgliteDatabase(client);
  try {
    await applyMigrations({ db });
    const dump = await client.dumpDataDir("none");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
