import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { labelRollupTriggerSql } from "@/lib/reports/label-rollup-trigger";

// The migration holds the trigger as generated from the rollups' own statements: a change to those
// statements needs a migration that replaces the function, or labels would count differently from the rest.
describe("labelRollupTriggerSql", () => {
  it("is what the migration creating the trigger holds", () => {
    const dir = path.join(process.cwd(), "prisma", "migrations");
    const latest = fs
      .readdirSync(dir)
      .filter(
        (name) =>
          fs.existsSync(path.join(dir, name, "migration.sql")) &&
          fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8").includes('"chat_label_report_rollups"()'),
      )
      .sort()
      .at(-1)!;
    expect(fs.readFileSync(path.join(dir, latest, "migration.sql"), "utf8")).toContain(labelRollupTriggerSql());
  });
});
