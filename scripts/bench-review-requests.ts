// npm run bench:review-requests - webhook acknowledgement time under load.
//
// Starts the production build (`next start`, embedded database in a fresh temporary DATA_DIR, as
// scripts/e2e-server.mjs does; run `npm run build` first), posts 1,000 POS/CRM webhooks at
// 100/s (unique orders mixed with re-deliveries of earlier ones) with the demo keys, and prints
// p50/p99 from sending a request to having read its answer. The same load against a bare
// node:http server that only reads and parses the body is the baseline. After the server has
// stopped, the database is opened to check that exactly one review request exists per unique order.
// GET /api/health at the same rate is printed too: what this machine gives any route of the app.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { buildLoad, fire, report } from "./bench-review-requests-load";

const TOTAL = Number(process.env.BENCH_TOTAL ?? 1_000);
const RATE = Number(process.env.BENCH_RATE ?? 100); // requests per second, open loop
const PORT = Number(process.env.BENCH_PORT ?? 3251);
const WARMUP = 40;

if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

// --- servers --------------------------------------------------------------------------------------

async function waitForHealth(url: string, child: ChildProcess, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

async function startBaseline(): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      let ok = true;
      try {
        if ((req.headers["content-type"] ?? "").includes("json")) JSON.parse(body);
        else new URLSearchParams(body);
      } catch {
        ok = false;
      }
      res.writeHead(ok ? 200 : 400, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

// --- run ------------------------------------------------------------------------------------------

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-rr-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dataDir,
  DEMO_AUTO_SIGNIN: "0",
  DEMO_WORKSPACE: "1",
  NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
  // A production start needs its own keys; this run's throwaway database needs nothing more.
  APP_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
  NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
};
delete env.DATABASE_URL;
delete env.INNGEST_EVENT_KEY;
const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
console.log(`Starting next start on :${PORT} (DATA_DIR ${dataDir}) ...`);
const server = spawn(process.execPath, [nextBin, "start", "--port", String(PORT), "--hostname", "127.0.0.1"], {
  env,
  stdio: ["ignore", "pipe", "pipe"],
});
const serverLog: string[] = [];
server.stdout!.on("data", (chunk: Buffer) => serverLog.push(chunk.toString()));
server.stderr!.on("data", (chunk: Buffer) => serverLog.push(chunk.toString()));
const stopServer = () =>
  new Promise<void>((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
    setTimeout(() => server.kill("SIGKILL"), 10_000).unref();
  });

let failed = false;
try {
  const appUrl = `http://127.0.0.1:${PORT}`;
  await waitForHealth(`${appUrl}/api/health`, server);
  const { shots, unique } = buildLoad(appUrl, TOTAL);
  const duplicates = shots.length - unique.size;
  console.log(
    `Machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((v) => v.toFixed(1))
      .join(" / ")} (1/5/15 min) before the run.`,
  );
  console.log(
    `Load: ${shots.length} webhooks at ${RATE}/s: ${unique.size} unique orders, ${duplicates} re-deliveries; 4 sources, amoCRM form-encoded.\n`,
  );

  // Warm-up, as a server that has been up a while would be: load the route, open the database, and
  // send a few requests (orders "warm-*", not counted below) so the sending code is warm too.
  const warm = Array.from({ length: WARMUP }, (_, i) => ({
    url: `${appUrl}/api/webhook/rkeeper?key=demo-rkeeper`,
    source: "rkeeper",
    contentType: "application/json",
    body: JSON.stringify(
      i % 4 === 0
        ? { order: { id: `warm-${i}`, status: "Выполнен", customer: { phone: `+7915${1000000 + i}` } } }
        : { order: { id: `warm-${i}`, status: "Готовится" } },
    ),
  }));
  await fire({ shots: warm, rate: 50 });
  await new Promise((r) => setTimeout(r, 2_000));

  const baseline = await startBaseline();
  const baselineResult = await fire({
    shots: shots.map((s) => ({ ...s, url: s.url.replace(appUrl, baseline.baseUrl) })),
    rate: RATE,
  });
  await baseline.close();
  // The app's own floor: the same rate on GET /api/health (Next.js routing plus one SELECT 1).
  const healthResult = await fire({
    shots: shots.map(() => ({ url: `${appUrl}/api/health`, source: "health", contentType: "text/plain", body: "" })),
    rate: RATE,
    method: "GET",
  });
  await new Promise((r) => setTimeout(r, 2_000));
  const appResult = await fire({ shots, rate: RATE });
  report("bare node:http baseline", baselineResult);
  report("GET /api/health (floor)", healthResult);
  report("POST /api/webhook/*", appResult);
  console.log(
    `\ntarget p99 < 100 ms: ${appResult.p99 < 100 ? "met" : "NOT met"}   (load average now ${os.loadavg()[0]!.toFixed(1)})`,
  );

  // Sending happens after the answer; give the in-process hand-offs a moment before stopping.
  await new Promise((r) => setTimeout(r, 3_000));
  await stopServer();

  process.env.DATA_DIR = dataDir;
  const { openDatabase } = await import("@/lib/db");
  const db = openDatabase({ dataDir });
  const rows = await db.prisma.reviewRequest.findMany({
    where: { sourceEventId: { startsWith: "bench-" } },
    select: { source: true, sourceEventId: true, status: true },
  });
  const byStatus = new Map<string, number>();
  for (const row of rows) byStatus.set(row.status, (byStatus.get(row.status) ?? 0) + 1);
  const stored = new Set(rows.map((r) => `${r.source.toLowerCase()}:${r.sourceEventId}`));
  const missing = [...unique].filter((k) => !stored.has(k));
  const extra = rows.length - stored.size + [...stored].filter((k) => !unique.has(k)).length;
  const events = await db.prisma.reviewWebhookEvent.groupBy({ by: ["outcome"], _count: { _all: true } });
  await db.close();
  console.log(
    `\nDatabase after stop: ${rows.length} review requests for ${unique.size} unique orders (missing ${missing.length}, extra ${extra}).`,
  );
  console.log(`  requests by status: ${[...byStatus].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`  webhook events: ${events.map((e) => `${e.outcome} ${e._count._all}`).join(", ")}`);
  const exact = rows.length === unique.size && missing.length === 0 && extra === 0;
  console.log(`exactly one request per unique order: ${exact ? "yes" : "NO"}`);
  failed = !exact;
} catch (error) {
  failed = true;
  console.error(error);
  console.error(serverLog.join("").split("\n").slice(-30).join("\n"));
} finally {
  await stopServer();
  // PGlite may still be flushing files for a moment after close: remove twice.
  fs.rmSync(dataDir, { recursive: true, force: true });
  await new Promise((r) => setTimeout(r, 1_000));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
