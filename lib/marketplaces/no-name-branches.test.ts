import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { MARKETPLACES } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

// What a marketplace allows is a property of its descriptor (lib/marketplaces/<name>/descriptor.ts);
// code elsewhere reads it instead of asking which marketplace this is. This test fails, naming the lines,
// when code outside the exempt places compares or switches on a marketplace's name, lists marketplaces
// by name, or keys a table by them.

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["app", "components", "lib", "inngest"];

// Exempt, narrowly:
//  - each marketplace's own folder: the only place meant to know its marketplace;
//  - marketplace.ts (the enum and its database spelling), registry.ts (the descriptors' registration) and
//    its server-side half, credentials.ts and create-connector.ts (schemas and connector factories: code,
//    which the browser-safe descriptors cannot carry);
//  - the simulator: a stand-in for the five vendors' APIs, per-marketplace by nature;
//  - contract/: the official spec files and their overrides, per marketplace by nature;
//  - lib/seed: the demo workspace's data (accounts and chats on named marketplaces);
//  - lib/generated: Prisma's generated client;
//  - tests and test support (lib/test/, */testing/): fixtures name the marketplace they exercise.
const MARKETPLACE_FOLDERS = Object.values(MARKETPLACE_DESCRIPTORS).map((d) => d.marketplace);
const EXEMPT: RegExp[] = [
  new RegExp(`^lib/marketplaces/(?:${MARKETPLACE_FOLDERS.join("|")})/`),
  /^lib\/marketplaces\/(?:marketplace|registry|credentials|create-connector)\.ts$/,
  /^lib\/marketplaces\/simulator\//,
  /^lib\/marketplaces\/contract\//,
  /^lib\/seed\//,
  /^lib\/generated\//,
  /^lib\/test\//,
  /\/testing\//,
  /\.test\.tsx?$/,
];

const NAMES = [
  ...MARKETPLACES,
  ...MARKETPLACES.map((m) => m.toUpperCase()),
  ...MARKETPLACES.map((m) => m.replace(/_/g, "-")),
];
const NAME = `(?:${[...new Set(NAMES)].join("|")})`;
const Q = `["'\`]`;
const QUOTED = `${Q}${NAME}${Q}`;

const RULES: { what: string; re: RegExp }[] = [
  { what: "compares with a marketplace name", re: new RegExp(`[!=]==?\\s*${QUOTED}|${QUOTED}\\s*[!=]==?`) },
  { what: "switches on a marketplace name", re: new RegExp(`\\bcase\\s+${QUOTED}\\s*:`) },
  { what: "looks a marketplace name up in a list", re: new RegExp(`\\.(?:includes|indexOf|has)\\(\\s*${QUOTED}`) },
  { what: "narrows a type by a marketplace name", re: new RegExp(`\\b(?:Exclude|Extract|Omit|Pick)<[^>]*${QUOTED}`) },
  { what: "spells a union of marketplace names", re: new RegExp(`${QUOTED}\\s*\\|\\s*${QUOTED}`) },
  { what: "lists marketplaces by name", re: new RegExp(`\\[\\s*${QUOTED}\\s*(?:,\\s*${QUOTED}\\s*)*,?\\s*\\]`) },
  { what: "keys a table by marketplace name", re: new RegExp(`(?:^|[{,])\\s*(?:${NAME}|${QUOTED})\\s*:\\s*[^\\s]`) },
  { what: "reads a marketplace's enum member", re: new RegExp(`\\bMarketplace\\.${NAME}\\b`) },
  {
    what: "names a marketplace in an identifier",
    re: /\bisAmazon\b|\bisWildberries\b|\bisOzon\b|\bisAvito\b|\bisYandexMarket\b/,
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** Offending lines of a file's text, as "path:line: what — code". Comments are not code. */
function findNameBranches({ file, text }: { file: string; text: string }): string[] {
  return text.split("\n").flatMap((line, i) => {
    const code = line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
    const rule = RULES.find((r) => r.re.test(code));
    return rule ? [`${file}:${i + 1}: ${rule.what} — ${line.trim()}`] : [];
  });
}

describe("no code outside lib/marketplaces/<name>/ branches on a marketplace's name", () => {
  it("finds what it is meant to find", () => {
    const offending = [
      'if (marketplace === "amazon") return 1;',
      'case "avito":',
      'const CASES = ["wildberries", "yandex_market"] as const;',
      'type A = Exclude<Marketplace, "amazon">;',
      '  marketplace: "wildberries" | "ozon";',
      "  ozon: { chat: 1000 },",
      'const T: Partial<Record<Marketplace, string>> = { yandex_market: "FINISHED", ozon: "CLOSED" };',
      'const hold = LIST.includes("wildberries");',
      "if (account.marketplace === Marketplace.amazon) return;",
    ];
    for (const line of offending) expect(findNameBranches({ file: "x.ts", text: line }), line).toHaveLength(1);
    const fine = [
      "const d = descriptorOf({ marketplace: account.marketplace });",
      '// Amazon === "amazon" in a comment',
      'label: "Amazon",',
    ];
    for (const line of fine) expect(findNameBranches({ file: "x.ts", text: line }), line).toEqual([]);
  });

  it("holds for app/, components/, lib/ and inngest/", () => {
    const offenders = SCANNED.flatMap(sourceFiles)
      .filter((file) => !EXEMPT.some((re) => re.test(file)))
      .flatMap((file) => findNameBranches({ file, text: readFileSync(path.join(ROOT, file), "utf8") }));
    expect(offenders, `Read the marketplace's descriptor instead:\n${offenders.join("\n")}`).toEqual([]);
  });
});
