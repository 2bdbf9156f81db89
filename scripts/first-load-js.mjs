// node scripts/first-load-js.mjs [route ...] - first-load JS of app routes from the last `next build`
// (Next 16 no longer prints it): the root main files plus the layout's and page's entry chunks,
// deduplicated, as raw bytes and gzip.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const root = ".next";
const build = JSON.parse(fs.readFileSync(path.join(root, "build-manifest.json"), "utf8"));
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ["/(inbox)/inbox", "/sign-in"];

for (const route of routes) {
  const file = path.join(root, "server", "app", route, "page_client-reference-manifest.js");
  if (!fs.existsSync(file)) {
    console.log(`${route}: no manifest (run npm run build)`);
    continue;
  }
  globalThis.__RSC_MANIFEST = {};
  new Function(fs.readFileSync(file, "utf8"))();
  const manifest = Object.values(globalThis.__RSC_MANIFEST)[0];
  const chunks = new Set(build.rootMainFiles ?? []);
  for (const [entry, files] of Object.entries(manifest.entryJSFiles ?? {})) {
    if (entry.endsWith("/layout") || entry.endsWith(`${route}/page`)) for (const f of files) chunks.add(f);
  }
  let raw = 0;
  let gz = 0;
  for (const chunk of chunks) {
    const buf = fs.readFileSync(path.join(root, chunk.replace(/^\/?_next\//, "")));
    raw += buf.length;
    gz += zlib.gzipSync(buf, { level: 9 }).length;
  }
  console.log(`${route}: first-load JS ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (${chunks.size} files)`);
}
