// npm run bench:ingest - webhook acknowledgement latency of the production build on loopback, against a
// bare node:http server measured in the same run, on PGlite and on PostgreSQL; the highest offered rate
// with p99 under 50 ms; Wildberries events ingested per second; lost and duplicated message counts.
// Then, on PostgreSQL, the scale-out runs (scripts/bench-ingest-scale.ts): the background busy, the web
// role apart from a worker, two web instances. Needs `npm run build` first. Options: --seconds N (per
// rate step, default 8), --pg URL, --skip-pg, --cpu-prof DIR (the app server writes a V8 CPU profile
// there when it stops), --skip-wb, --skip-scale, --only-scale.
import "./load-env";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { encryptSecret } from "@/lib/crypto/credentials";
import { openDatabase, setDatabaseForTests, type Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { syncAccount } from "@/lib/ingest/sync-account";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { benchScaleOut } from "./bench-ingest-scale";
import { bareServer, benchAppKeys, fmt, freePort, offer, startApp, stopApp, type Stats } from "./bench-app";
import { ozonPush as ozonPushBody, ozonPushId, pushNumber } from "@/lib/test/multi-instance";
import { createOzonPushAccount } from "@/lib/test/sim-account";
import { keepAliveAgent } from "@/lib/test/timed-post";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";
import { registerDomainSubscribers } from "@/lib/domain-subscribers";

registerDomainSubscribers();

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "8" },
    pg: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/test" },
    "skip-pg": { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
    "skip-wb": { type: "boolean", default: false },
    "skip-scale": { type: "boolean", default: false },
    "only-scale": { type: "boolean", default: false },
  },
});
const SECONDS = Number(args.seconds);
const TARGET_RATE = 300;
const P99_BUDGET_MS = 50;
// The app's start-up jobs: the in-process scheduler starts its schedules 2 s apart by 5 s (lib/jobs).
const STARTUP_MS = 45_000;
const STEP_PAUSE_MS = 10_000;
const SECRET = "bench-ozon-secret-0123456789";
const { KEY, AUTH_SECRET } = benchAppKeys();

async function prepare(db: Database, sim: Simulator, chats: number) {
  await applyMigrations({ db });
  const workspace = await db.prisma.workspace.create({ data: { name: "bench" } });
  setDatabaseForTests(db);
  const { account, chatIds } = await createOzonPushAccount({
    workspaceId: workspace.id,
    sim,
    webhookSecret: SECRET,
    chats,
  });
  setDatabaseForTests(undefined);
  return { accountId: account.id, chatIds };
}

/** The server's PGlite lock file goes when its process has exited. */
async function waitForLockRelease(dataDir: string) {
  const lock = path.join(dataDir, "pglite.lock");
  for (let i = 0; i < 200 && fs.existsSync(lock); i++) {
    const pid = Number(fs.readFileSync(lock, "utf8"));
    try {
      process.kill(pid, i > 100 ? "SIGKILL" : 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

function ozonPush(chatIds: string[], i: number, runTag: string) {
  const n = pushNumber(i);
  return ozonPushBody({ chatId: chatIds[n % chatIds.length]!, n, tag: runTag });
}

async function benchDatabase({
  label,
  openBench,
  appEnv,
  sim,
  baseline,
}: {
  label: string;
  openBench: () => Database;
  appEnv: Record<string, string | undefined>;
  sim: Simulator;
  baseline: Stats;
}) {
  console.log(`\n== ${label}`);
  let db = openBench();
  const { chatIds } = await prepare(db, sim, 50);
  await db.close();
  const port = await freePort();
  const app = await startApp({
    port,
    env: { ...appEnv, APP_ENCRYPTION_KEY: KEY, NEXTAUTH_SECRET: AUTH_SECRET },
    cpuProfileDir: args["cpu-prof"],
  });
  const url = `http://127.0.0.1:${port}/api/webhooks/ozon/${SECRET}`;
  const expected = new Set<string>();
  let rounds = 0;
  const run = async (rate: number, seconds: number) => {
    const tag = String(100 + rounds++);
    const stats = await offer({ url, rate, seconds, body: (i) => ozonPush(chatIds, i, tag) });
    for (let i = 0; i < stats.sent; i++) expected.add(ozonPushId(tag, pushNumber(i)));
    return stats;
  };
  const startedAt = Date.now();
  await run(50, 2); // JIT, connection pools
  const cold = await run(TARGET_RATE, SECONDS);
  // Steady state: after the start-up work (the in-process schedules' first runs are spread over the
  // first STARTUP_MS; each then runs once a minute, so later runs meet them too) and a warm-up.
  await new Promise((r) => setTimeout(r, Math.max(0, startedAt + STARTUP_MS - Date.now())));
  await run(100, 5);
  const target = await run(TARGET_RATE, SECONDS);
  console.log(`baseline (bare node:http) at ${TARGET_RATE}/s: ${fmt(baseline)}`);
  console.log(`app webhook ack at ${TARGET_RATE}/s, cold:    ${fmt(cold)}  (right after start-up)`);
  console.log(
    `app webhook ack at ${TARGET_RATE}/s, steady:  ${fmt(target)}  ${target.p99 < P99_BUDGET_MS ? "(target p99 < 50 ms: ok)" : "(target p99 < 50 ms: MISSED)"}`,
  );
  let best = 0;
  // Each step is a burst of its own: a pause before it lets processing catch up, as between real
  // bursts (during a burst that lasts over 20 s the embedded drain trades acknowledgement latency for
  // keeping the inbox within a minute; see lib/ingest/drain-webhook-events.ts).
  for (const rate of [100, 200, 300, 400, 500, 600, 800, 1000]) {
    await new Promise((r) => setTimeout(r, STEP_PAUSE_MS));
    const s = await run(rate, Math.max(3, Math.round(SECONDS / 2)));
    const ok = s.p99 < P99_BUDGET_MS && s.errors === 0 && s.achieved > rate * 0.9;
    console.log(`  offered ${String(rate).padStart(4)}/s: ${fmt(s)}${ok ? "" : "  <- over budget"}`);
    if (!ok) break;
    best = rate;
  }
  console.log(
    `highest offered rate with p99 < ${P99_BUDGET_MS} ms: ${best ? `${best} req/s` : `below 100 req/s`} (bursts of ${Math.max(3, Math.round(SECONDS / 2))} s, ${STEP_PAUSE_MS / 1000} s apart)`,
  );
  // Let the after-response processing and the sweep drain, then count.
  const drainUntil = Date.now() + 120_000;
  await stopAppWhenDrained();
  async function stopAppWhenDrained() {
    for (;;) {
      await new Promise((r) => setTimeout(r, 2000));
      if (Date.now() > drainUntil) break;
      if (label.startsWith("PostgreSQL")) {
        const probe = openBench();
        const pending = await probe.prisma.webhookEvent.count({ where: { processedAt: null } });
        await probe.close();
        if (pending === 0) break;
      } else break;
    }
    await stopApp(app);
  }
  if (label.startsWith("PGlite")) await waitForLockRelease(appEnv.DATA_DIR!);
  db = openBench();
  if (label.startsWith("PGlite")) {
    // The server is stopped; finish anything it left (the sweep would do this on its next start).
    const { sweepWebhookEvents } = await import("@/lib/ingest/sweep-webhook-events");
    setDatabaseForTests(db);
    for (let i = 0; i < 20 && (await db.prisma.webhookEvent.count({ where: { processedAt: null } })); i++)
      await sweepWebhookEvents({ now: elapsedDaysAfter({ at: new Date(), days: 1 }), limit: 5000 });
  }
  const rows = await db.prisma.message.findMany({
    where: { externalId: { in: [...expected] } },
    select: { externalId: true },
  });
  const distinct = new Set(rows.map((r) => r.externalId));
  console.log(
    `messages expected ${expected.size}, stored ${distinct.size}: lost ${expected.size - distinct.size}, duplicated ${rows.length - distinct.size}`,
  );
  setDatabaseForTests(undefined);
  await db.close();
}

async function benchWildberries({ open }: { open: () => Database }) {
  if (args["skip-wb"]) return;
  // A simulator of its own: Wildberries' event feed is per seller, and each run must see only its own.
  const sim = await startSimulator({ port: 0 });
  const db = open();
  setDatabaseForTests(db);
  await applyMigrations({ db });
  const workspace = await db.prisma.workspace.create({ data: { name: "bench wb" } });
  const account = await db.prisma.marketplaceAccount.create({
    data: {
      workspaceId: workspace.id,
      marketplace: "wildberries",
      name: "bench wb",
      credentialsEnc: encryptSecret({ plaintext: JSON.stringify(sim.credentials.wildberries), key: KEY }),
      baseUrls: sim.baseUrls.wildberries,
    },
  });
  const N = 3000;
  let chatId: string | undefined;
  for (let i = 0; i < N; i++)
    chatId = (
      await sim.control.injectBuyerMessage({
        marketplace: "wildberries",
        text: `Вопрос по заказу ${i}`,
        ...(i % 6 && chatId ? { chatId } : {}),
      })
    ).chatId;
  const started = performance.now();
  // One run stops after a bounded number of pages and the next continues from the cursor, as the
  // minute schedule would; runs repeat here until nothing new arrives.
  let runs = 0;
  for (; runs < 20; runs++) {
    const result = await syncAccount({ accountId: account.id });
    if (result.status !== "synced" || result.newMessages === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const stored = await db.prisma.message.count({ where: { chat: { accountId: account.id } } });
  console.log(
    `Wildberries events: ${N} buyer messages pulled and stored in ${seconds.toFixed(2)} s over ${runs} runs = ${(stored / seconds).toFixed(0)} events/s (stored ${stored}, missing ${N - stored}; paced by Wildberries' documented 10 requests per 10 s)`,
  );
  setDatabaseForTests(undefined);
  await db.close();
  await sim.close();
}

const sim = await startSimulator({ port: 0 });
const bare = await bareServer();
await offer({ url: bare.url, rate: 50, seconds: 1, body: () => "{}" });
const baseline = await offer({
  url: bare.url,
  rate: TARGET_RATE,
  seconds: SECONDS,
  body: (i) => ozonPush(["x"], i, "999"),
});
await bare.close();
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);

const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-"));
const wbDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-wb-"));
if (!args["only-scale"]) {
  await benchDatabase({
    label: "PGlite (embedded)",
    sim,
    baseline,
    openBench: () => openDatabase({ dataDir: pgliteDir }),
    appEnv: { DATA_DIR: pgliteDir, DATABASE_URL: "" },
  });
  console.log("\n== Wildberries polling (PGlite, in-process)");
  await benchWildberries({ open: () => openDatabase({ dataDir: wbDir }) });

  if (!args["skip-pg"]) {
    const dbName = `agentiq_bench_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: args.pg });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(args.pg);
    url.pathname = `/${dbName}`;
    try {
      await benchDatabase({
        label: "PostgreSQL",
        sim,
        baseline,
        openBench: () => openDatabase({ url: url.toString() }),
        appEnv: {
          DATABASE_URL: url.toString(),
          DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-pgdata-")),
        },
      });
      console.log("\n== Wildberries polling (PostgreSQL, in-process)");
      await benchWildberries({ open: () => openDatabase({ url: url.toString() }) });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
}
if (!args["skip-pg"] && !args["skip-scale"])
  await benchScaleOut({
    pgUrl: args.pg,
    sim,
    baseline,
    seconds: SECONDS,
    appEnv: { APP_ENCRYPTION_KEY: KEY, NEXTAUTH_SECRET: AUTH_SECRET },
  });
await sim.close();
fs.rmSync(pgliteDir, { recursive: true, force: true });
fs.rmSync(wbDir, { recursive: true, force: true });
keepAliveAgent.destroy();
