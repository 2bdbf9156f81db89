import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The import boundaries of eslint.config.mjs (README, "Architecture"), run on imports that break them and on
// ones that keep them: a zone dropped from the config fails here.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
}, 60_000);

async function boundaryMessages(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "import/no-restricted-paths").map((m) => m.message);
}

describe("import boundaries", () => {
  it("keeps lib from importing app and components", async () => {
    const messages = await boundaryMessages(
      "lib/inbox/probe.ts",
      'export * from "@/app/page";\nexport * from "@/components/ui/popover";\n',
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("lib never imports app or components");
  }, 60_000);

  it("keeps components from the server-only modules", async () => {
    const messages = await boundaryMessages(
      "components/inbox/probe.ts",
      'export * from "@/lib/env";\nexport * from "@/lib/db";\nexport * from "@/lib/i18n/dictionaries";\n',
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain("server-only");
  }, 60_000);

  it("keeps the marketplaces below the services", async () => {
    const messages = await boundaryMessages(
      "lib/marketplaces/probe.ts",
      'export * from "@/lib/inbox/check-reply";\nexport * from "@/lib/net/guarded-fetch";\n',
    );
    expect(messages).toEqual([expect.stringContaining("sit below the services")]);
  }, 60_000);

  it("lets a domain import another's top-level and entry files, not its internals", async () => {
    const messages = await boundaryMessages(
      "lib/inbox/probe.ts",
      'export * from "@/lib/ai/classify/normalize";\nexport * from "@/lib/ai/guardrails/limits";\nexport * from "@/lib/ai/prompt";\n',
    );
    expect(messages).toEqual([expect.stringContaining("lib/ai/classify is internal to lib/ai")]);
  }, 60_000);

  it("lets a domain import its own internals", async () => {
    expect(await boundaryMessages("lib/ai/probe.ts", 'export * from "@/lib/ai/classify/normalize";\n')).toEqual([]);
  }, 60_000);
});

// Files stay at 300 lines or fewer, tests included (STYLE.md: one responsibility per file). Exempt: data tables, not
// code, kept byte-exact (.prettierignore): the intent lexicon's table; the shipped model (lib/ai/classify/model.json)
// and the eval sets (*.jsonl) are not source files, and lib/generated is written by Prisma and Kysely.
const MAX_LINES = 300;
const LENGTH_EXEMPT = new Set(["lib/ai/classify/intent-lexicon.ts"]);

describe("file length", () => {
  it("keeps every TypeScript and .mjs file, tests included, at 300 lines or fewer", () => {
    const files = execFileSync("git", ["ls-files", "*.ts", "*.tsx", "*.mjs"], { encoding: "utf8" })
      .split("\n")
      .filter((file) => file && !file.startsWith("lib/generated/") && !LENGTH_EXEMPT.has(file) && existsSync(file));
    expect(files.length).toBeGreaterThan(100);
    const long = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
      return lines > MAX_LINES ? [`${file}: ${lines} lines`] : [];
    });
    expect(long).toEqual([]);
  });
});
