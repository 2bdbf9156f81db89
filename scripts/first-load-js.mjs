// node scripts/first-load-js.mjs [--check] [route ...] - first-load JS of app routes from the last
// `next build` (Next 16 no longer prints it): the root main files plus the layout's and page's entry
// chunks, deduplicated, as raw bytes and gzip. Routes as URLs ("/inbox", "/settings/team"); every page
// when none is given.
// --check (run by `npm test` after the build) fails when a budgeted route goes over its budget or when
// any browser chunk carries the ICU message parser (the browser formats messages the server parsed).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGET_KB = { "/inbox": 200, "/reports": 200 };
// An error name only the parser itself contains (not intl-messageformat's formatter or no-parser entry).
const PARSER_MARK = "EXPECT_ARGUMENT_CLOSING_BRACE";

const root = ".next";
const appDir = path.join(root, "server", "app");
const args = process.argv.slice(2);
const check = args.includes("--check");
const asked = args.filter((a) => a !== "--check");

if (!fs.existsSync(path.join(root, "build-manifest.json"))) {
  console.error("no build found: run npm run build");
  process.exit(1);
}
const build = JSON.parse(fs.readFileSync(path.join(root, "build-manifest.json"), "utf8"));

// Every page's folder under .next/server/app by its URL ("/(inbox)/inbox" serves "/inbox").
function pages(dir = appDir, found = new Map()) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== "api") pages(full, found);
    else if (entry.name === "page_client-reference-manifest.js") {
      const folder = "/" + path.relative(appDir, dir).split(path.sep).join("/");
      const url = folder.replace(/\/\([^/]+\)/g, "").replace(/^\/$/, "") || "/";
      if (!url.startsWith("/_")) found.set(url, folder.replace(/^\/$/, ""));
    }
  }
  return found;
}

function firstLoad(folder) {
  globalThis.__RSC_MANIFEST = {};
  new Function(fs.readFileSync(path.join(appDir, folder, "page_client-reference-manifest.js"), "utf8"))();
  const manifest = Object.values(globalThis.__RSC_MANIFEST)[0];
  const chunks = new Set(build.rootMainFiles ?? []);
  for (const [entry, files] of Object.entries(manifest.entryJSFiles ?? {})) {
    if (entry.endsWith("/layout") || entry.endsWith(`${folder}/page`)) for (const f of files) chunks.add(f);
  }
  let raw = 0;
  let gz = 0;
  for (const chunk of chunks) {
    const buf = fs.readFileSync(path.join(root, chunk.replace(/^\/?_next\//, "")));
    raw += buf.length;
    gz += zlib.gzipSync(buf, { level: 9 }).length;
  }
  return { raw: raw / 1024, gzip: gz / 1024, files: chunks.size };
}

const all = pages();
const listed = asked.length ? asked : [...all.keys()].sort();
const failures = [];
for (const url of check ? [...new Set([...listed, ...Object.keys(BUDGET_KB)])] : listed) {
  const folder = all.get(url);
  if (folder === undefined) {
    console.log(`${url}: no such page in the build`);
    if (check) failures.push(`${url}: not built`);
    continue;
  }
  const size = firstLoad(folder);
  const budget = BUDGET_KB[url];
  const over = budget !== undefined && size.gzip > budget;
  console.log(
    `${url}: first-load JS ${size.raw.toFixed(1)} KB raw, ${size.gzip.toFixed(1)} KB gzip (${size.files} files)${budget ? ` budget ${budget} KB${over ? " EXCEEDED" : ""}` : ""}`,
  );
  if (over) failures.push(`${url}: ${size.gzip.toFixed(1)} KB gzip over its ${budget} KB budget`);
}

if (check) {
  const chunkDir = path.join(root, "static", "chunks");
  const withParser = fs
    .readdirSync(chunkDir, { recursive: true })
    .filter((f) => f.endsWith(".js") && fs.readFileSync(path.join(chunkDir, f), "utf8").includes(PARSER_MARK));
  for (const f of withParser)
    failures.push(`static/chunks/${f}: carries the ICU message parser (the browser should get parsed messages)`);
  if (failures.length) {
    console.error(`\n✖ first-load JS check failed:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
  console.log(
    `\n✔ budgets kept (${Object.entries(BUDGET_KB)
      .map(([u, kb]) => `${u} ≤ ${kb} KB gzip`)
      .join(", ")}); no ICU parser in the browser`,
  );
}
