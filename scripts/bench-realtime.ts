// npm run bench:realtime - how fast a buyer message reaches every open inbox. 100 member streams
// (GET /api/events) are open while Ozon pushes arrive at the webhook at 100/s, each about a chat of its
// own; for each push, the time from posting it until every stream has its change: p50/p95/p99, on
// PGlite, on PostgreSQL, and on PostgreSQL with two web instances and a worker. Baselines measured in
// the same run: a bare NOTIFY round trip and the webhook acknowledgement. Also the server's memory per
// open stream and, in Chromium, the requests a minute of an idle inbox with a chat open, with the
// stream up and with it blocked (the polling safety net).
// Needs `npm run build` first. Options: --seconds N (load, default 10), --rate N (default 100),
// --streams N (default 100), --idle-seconds N (browser, default 60; 0 skips), --idle-only (only the
// browser's idle inbox, on PGlite: no load, no PostgreSQL), --pg URL, --skip-pg, --cpu-prof DIR (each app
// process writes a V8 CPU profile there when it stops).
import "./load-env";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db";
import { startSimulator } from "@/lib/marketplaces/simulator/server";
import { ozonPush } from "@/lib/test/multi-instance";
import { keepAliveAgent, timedPost } from "@/lib/test/timed-post";
import { benchAppKeys, freePort, startApp, stopApp } from "./bench-app";
import { measureIdleInbox } from "./bench-realtime-browser";
import { seedRealtimeBench } from "./bench-realtime-seed";
import { openStream } from "./bench-realtime-stream";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    rate: { type: "string", default: "100" },
    streams: { type: "string", default: "100" },
    "idle-seconds": { type: "string", default: "60" },
    pg: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/test" },
    "skip-pg": { type: "boolean", default: false },
    "idle-only": { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
  },
});
const IDLE_ONLY = args["idle-only"];
const SECONDS = Number(args.seconds);
const RATE = Number(args.rate);
const STREAMS = IDLE_ONLY ? 0 : Number(args.streams);
// --idle-only: the one chat the browser opens, and no member streams.
const PUSHES = IDLE_ONLY ? 1 : Math.round(SECONDS * RATE);
const TARGET_P95_MS = 500;
const SECRET = "bench-realtime-ozon-0123456789";
const { KEY, AUTH_SECRET } = benchAppKeys();

const quantiles = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s.at(-1) ?? NaN, n: s.length };
};
const fmt = (q: ReturnType<typeof quantiles>) =>
  `p50 ${q.p50.toFixed(1)} ms  p95 ${q.p95.toFixed(1)} ms  p99 ${q.p99.toFixed(1)} ms  max ${q.max.toFixed(1)} ms  (n ${q.n})`;

// --- baseline: a bare NOTIFY round trip, one listener, a notify every 1000/RATE ms
async function notifyRoundTrip(
  send: (payload: string) => Promise<unknown>,
  listen: (cb: (payload: string) => void) => Promise<unknown>,
) {
  const sentAt = new Map<string, number>();
  const ms: number[] = [];
  await listen((payload) => {
    const t = sentAt.get(payload);
    if (t !== undefined) ms.push(performance.now() - t);
  });
  for (let i = 0; i < 200; i++) {
    const id = String(i);
    sentAt.set(id, performance.now());
    await send(id);
    await new Promise((r) => setTimeout(r, 1000 / RATE));
  }
  await new Promise((r) => setTimeout(r, 200));
  return quantiles(ms);
}

// --- the app
async function startInstance({
  role,
  env,
}: {
  role: "all" | "web" | "worker";
  env: Record<string, string | undefined>;
}) {
  const port = await freePort();
  const child = await startApp({
    port,
    role: role === "all" ? undefined : role,
    cpuProfileDir: args["cpu-prof"],
    env: { APP_ENCRYPTION_KEY: KEY, NEXTAUTH_SECRET: AUTH_SECRET, ...env },
  });
  return { child, url: role === "worker" ? "worker:worker" : `http://127.0.0.1:${port}`, pid: child.pid! };
}

const rssKb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN);

type Instance = Awaited<ReturnType<typeof startInstance>>;

async function scenario({
  label,
  instances,
  prepared,
}: {
  label: string;
  instances: Instance[];
  prepared: Awaited<ReturnType<typeof seedRealtimeBench>>;
}) {
  console.log(`\n== ${label}`);
  const web = instances.filter((i) => i.url && !i.url.endsWith(":worker"));
  const rssBefore = web.map((i) => rssKb(i.pid));
  const streams = Array.from({ length: STREAMS }, (_, s) =>
    openStream(web[s % web.length]!.url, prepared.streamTokens[s]!),
  );
  await Promise.all(streams.map((s) => s.isReady));
  await new Promise((r) => setTimeout(r, 1_000));
  const perStreamKb = web.reduce((sum, i, k) => sum + (rssKb(i.pid) - rssBefore[k]!), 0) / STREAMS;
  const tag = String(100 + Math.floor(Math.random() * 800));
  const sentAt: number[] = [];
  const acks: number[] = [];
  const started = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < PUSHES; i++) {
    const wait = started + (i * 1000) / RATE - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    sentAt[i] = performance.now();
    const target = web[i % web.length]!;
    pending.push(
      timedPost(
        `${target.url}/api/webhooks/ozon/${SECRET}`,
        ozonPush({ chatId: prepared.chats[i]!.externalId, n: i, tag, text: `Где мой заказ? ${tag}-${i}` }),
      ).then((r) => acks.push(r.ms)),
    );
  }
  await Promise.all(pending);
  for (let end = Date.now() + 30_000; Date.now() < end;) {
    if (streams.every((s) => s.arrivals.size >= PUSHES)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const everyStream: number[] = [];
  const each: number[] = [];
  let missing = 0;
  prepared.chats.forEach((chat, i) => {
    let last = 0;
    for (const s of streams) {
      const at = s.arrivals.get(chat.id);
      if (at === undefined) {
        missing += 1;
        continue;
      }
      each.push(at - sentAt[i]!);
      last = Math.max(last, at - sentAt[i]!);
    }
    if (last) everyStream.push(last);
  });
  streams.forEach((s) => s.close());
  const all = quantiles(everyStream);
  console.log(`webhook acknowledgement:                ${fmt(quantiles(acks))}`);
  console.log(`push -> one stream has it:              ${fmt(quantiles(each))}`);
  console.log(
    `push -> every one of ${STREAMS} streams has it: ${fmt(all)}  ${all.p95 <= TARGET_P95_MS ? "(target p95 <= 500 ms: ok)" : "(target p95 <= 500 ms: MISSED)"}`,
  );
  console.log(`changes not delivered: ${missing} of ${PUSHES * STREAMS}`);
  console.log(
    `server memory per open stream: ${perStreamKb.toFixed(1)} KB RSS (${web.length} web instance${web.length > 1 ? "s" : ""}, ${STREAMS} streams)`,
  );
}

const sim = await startSimulator({ port: 0 });
const seed = (db: Database) =>
  seedRealtimeBench({
    db,
    sim,
    keys: { appKey: KEY, authSecret: AUTH_SECRET, webhookSecret: SECRET },
    chats: PUSHES,
    streams: STREAMS,
  });
console.log(
  `machine: ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(
      " ",
    )}; ${IDLE_ONLY ? "idle inbox only" : `${STREAMS} streams, ${RATE} pushes/s for ${SECONDS} s, one chat per push`}`,
);

// PGlite
{
  if (!IDLE_ONLY) {
    const lite = new PGlite();
    const q = await notifyRoundTrip(
      (p) => lite.query("SELECT pg_notify('bench', $1)", [p]),
      (cb) => lite.listen("bench", cb),
    );
    console.log(`\nbaseline: bare NOTIFY round trip, embedded PGlite (in-process): ${fmt(q)}`);
    await lite.close();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-realtime-"));
  const db = openDatabase({ dataDir: dir });
  const prepared = await seed(db);
  await db.close();
  const app = await startInstance({ role: "all", env: { DATA_DIR: dir, DATABASE_URL: "" } });
  if (!IDLE_ONLY) await scenario({ label: "PGlite (embedded), one instance", instances: [app], prepared });
  if (Number(args["idle-seconds"]) > 0)
    await measureIdleInbox({
      url: app.url,
      token: prepared.token,
      chatId: prepared.chatId,
      seconds: Number(args["idle-seconds"]),
    });
  await stopApp(app.child);
  fs.rmSync(dir, { recursive: true, force: true });
}

if (!args["skip-pg"] && !IDLE_ONLY) {
  const admin = new pg.Client({ connectionString: args.pg });
  await admin.connect();
  for (const instancesWanted of [1, 2]) {
    const dbName = `agentiq_bench_rt_${crypto.randomBytes(4).toString("hex")}`;
    await admin.query(`CREATE DATABASE ${dbName}`);
    const url = new URL(args.pg);
    url.pathname = `/${dbName}`;
    try {
      if (instancesWanted === 1) {
        const listener = new pg.Client({ connectionString: url.toString() });
        const sender = new pg.Client({ connectionString: url.toString() });
        await listener.connect();
        await sender.connect();
        const q = await notifyRoundTrip(
          (p) => sender.query("SELECT pg_notify('bench', $1)", [p]),
          async (cb) => {
            listener.on("notification", (n) => n.payload && cb(n.payload));
            await listener.query("LISTEN bench");
          },
        );
        console.log(`\nbaseline: bare NOTIFY round trip, PostgreSQL (two connections): ${fmt(q)}`);
        await listener.end();
        await sender.end();
      }
      const db = openDatabase({ url: url.toString() });
      const prepared = await seed(db);
      await db.close();
      const env = {
        DATABASE_URL: url.toString(),
        DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-realtime-pg-")),
      };
      const instances =
        instancesWanted === 1
          ? [await startInstance({ role: "all", env })]
          : [
              await startInstance({ role: "web", env }),
              await startInstance({ role: "web", env }),
              await startInstance({ role: "worker", env }),
            ];
      const label =
        instancesWanted === 1
          ? "PostgreSQL, one instance (web and worker)"
          : "PostgreSQL, two web instances and a worker (streams and pushes split across the web instances)";
      await scenario({ label, instances, prepared });
      for (const i of instances) await stopApp(i.child);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    }
  }
  await admin.end();
}
await sim.close();
keepAliveAgent.destroy();
