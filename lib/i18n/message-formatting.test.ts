import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The interface formats dictionary messages with the ICU formatter (useI18n().fmt, formatMessage), never by
// replacing "{name}" in the text: replacement has no plural forms, numbers or dates in the reader's language.

// `.replace("{x}", …)`, `.replaceAll('{x}', …)`, `.replace(`{x}`, …)` and `.replace(/\{…/, …)`.
const REPLACE_PLACEHOLDER = /\.replace(?:All)?\(\s*(?:["'`]\{|\/\\\{)/;

/** The lines of `source` that format a message by replacing a placeholder, as "line: text". */
export function placeholderReplacements(source: string): string[] {
  return source.split("\n").flatMap((line, i) => (REPLACE_PLACEHOLDER.test(line) ? [`${i + 1}: ${line.trim()}`] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("messages are formatted, not filled in by string replacement", () => {
  it("finds a placeholder replaced by hand", () => {
    const offending = [
      'const a = t.invite.join.replace("{workspace}", name);',
      "const b = t.x.replaceAll('{n}', String(n));",
      "const c = template.replace(/\\{(\\w+)\\}/g, (m) => m);",
      "const d = t.y.replace(`{time}`, when);",
    ].join("\n");
    expect(placeholderReplacements(offending)).toHaveLength(4);
    expect(
      placeholderReplacements(
        'const ok = fmt(t.invite.join, { workspace: name });\nconst s = text.replace(/\\.$/, "");',
      ),
    ).toEqual([]);
  });

  it("no component or page fills a message in by replacement", () => {
    const found = ["components", "app"].flatMap((dir) =>
      sourceFiles(path.join(process.cwd(), dir)).flatMap((file) =>
        placeholderReplacements(readFileSync(file, "utf8")).map(
          (hit) => `${path.relative(process.cwd(), file)}:${hit}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });
});
