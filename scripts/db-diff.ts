// npm run db:diff [-- <name>] - SQL that takes the database from the committed schema (git HEAD) to
// the working prisma/schema.prisma. With a name, saves it as prisma/migrations/<timestamp>_<name>/migration.sql.
// Prisma's --from-migrations needs a shadow database, which the js schema engine cannot fill with
// multi-statement migrations, so the committed schema (which always matches the committed migrations)
// is the starting point. Commit each migration with its schema change.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = process.argv[2];
if (name && !/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: lower-case letters, digits and _");
const pending = execFileSync("git", ["status", "--porcelain", "--", "prisma/migrations"], { encoding: "utf8" }).trim();
if (pending) {
  console.error(
    `Uncommitted migrations:\n${pending}\nCommit them (with their schema change) first, so git HEAD's schema matches the migrations.`,
  );
  process.exit(1);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-diff-"));
const before = path.join(scratch, "schema.prisma");
fs.writeFileSync(before, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" }));
const result = spawnSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-schema-datamodel",
    before,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8" },
);
fs.rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0) {
  process.stderr.write(result.stderr);
  process.exit(result.status ?? 1);
}
const sql = result.stdout;
if (!name) {
  process.stdout.write(sql);
} else if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
  console.log("No changes: the schema matches the committed one.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${dir}/migration.sql`);
}
