import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every relative link in the repository's Markdown, and every path in a code span that climbs out of
// its folder ("../x"), must name a file or folder that exists inside the repository: a fresh clone
// has nothing beside it.

const ROOT = path.resolve(import.meta.dirname, "..");
const SKIP = new Set(["node_modules", ".git", ".next", ".data", "test-results", "playwright-report"]);

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(file);
    return entry.name.endsWith(".md") ? [file] : [];
  });
}

/** The targets a Markdown text points at: inline links, reference definitions and "../" code spans. */
export function markdownTargets(text: string): string[] {
  const targets: string[] = [];
  for (const m of text.matchAll(/\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g)) targets.push((m[1] ?? m[2])!);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(m[1]!);
  for (const m of text.matchAll(/`(\.\.\/[^`\s]+)`/g)) targets.push(m[1]!);
  return targets.filter((t) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(t)).map((t) => decodeURI(t.split("#")[0]!));
}

describe("markdown links", () => {
  it("finds inline, reference and code-span targets, and skips web and in-page links", () => {
    const text =
      '[a](docs/A.md) [b](<../b c.md> "t") [w](https://x.io) [h](#top) `../shared/S.md`\n[ref]: ./r.md#part\n';
    expect(markdownTargets(text)).toEqual(["docs/A.md", "../b c.md", "./r.md", "../shared/S.md"]);
  });

  const files = markdownFiles(ROOT);
  it("include the README", () => {
    expect(files).toContain(path.join(ROOT, "README.md"));
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s points only inside the repository", (_name, file) => {
    const broken = markdownTargets(fs.readFileSync(file, "utf8")).filter((target) => {
      const resolved = path.resolve(path.dirname(file), target);
      return !resolved.startsWith(ROOT + path.sep) || !fs.existsSync(resolved);
    });
    expect(broken).toEqual([]);
  });
});
