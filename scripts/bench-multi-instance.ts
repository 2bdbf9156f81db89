// npm run bench:multi-instance - two web and two worker instances (scripts/app-instance.ts) on one
// PostgreSQL database: 10,000 Ozon pushes with duplicates at a steady rate over both web instances,
// one web instance killed halfway (its unacknowledged deliveries delivered again to the other, as a
// marketplace retries). Prints acknowledgement latency beside a bare node:http server measured in the
// same run, how long until every message was stored, lost and duplicated messages, and whether the
// workers' scheduled probe job ran once per period. Options: --deliveries N, --rate N, --pg URL.
import "./load-env";
import crypto from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, setDatabaseForTests } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { startSimulator } from "@/lib/marketplaces/simulator/server";
import {
  deliver,
  ozonPush,
  pushBurst,
  pushNumber,
  startTwoByTwo,
  stopInstance,
  type Instance,
} from "@/lib/test/multi-instance";
import { createOzonPushAccount } from "@/lib/test/sim-account";
import { bareServer } from "./bench-app";

const { values: args } = parseArgs({
  options: {
    deliveries: { type: "string", default: "10000" },
    rate: { type: "string", default: "300" },
    pg: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/test" },
  },
});
const DELIVERIES = Number(args.deliveries);
const RATE = Number(args.rate);
const SECRET = "bench-multi-ozon-secret-0123456";
const PROBE_MS = 1_000;
const KEY = crypto.randomBytes(32).toString("base64");
// The instances and this process (which creates the account) share the key.
process.env.APP_ENCRYPTION_KEY = KEY;
const appEnv = {
  APP_ENCRYPTION_KEY: KEY,
  NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  OUTBOUND_ALLOW_HOSTS: "127.0.0.1",
  NODE_ENV: "test",
};

const fmt = (s: { p50: number; p99: number; seconds: number; count: number }) =>
  `p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  (${(s.count / s.seconds).toFixed(0)} deliveries/s achieved)`;

async function bareBaseline() {
  const server = await bareServer();
  const web = { role: "web", port: server.port, child: { exitCode: null, signalCode: null } } as unknown as Instance;
  const stats = await deliver({
    webs: [web],
    path: "/",
    bodies: Array.from({ length: Math.min(DELIVERIES, RATE * 10) }, (_, n) =>
      ozonPush({ chatId: "x", n, tag: "bare" }),
    ),
    rate: RATE,
  });
  await server.close();
  return stats;
}

const dbName = `agentiq_multi_${crypto.randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: args.pg });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(args.pg);
url.pathname = `/${dbName}`;
const postgres = { url: url.toString(), schema: "public" };
const sim = await startSimulator({ port: 0 });
const instances: Instance[] = [];
try {
  console.log(
    `machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const baseline = await bareBaseline();
  const db = openDatabase(postgres);
  await applyMigrations({ db });
  const workspace = await db.prisma.workspace.create({ data: { name: "bench multi" } });
  setDatabaseForTests(db);
  const { account, chatIds } = await createOzonPushAccount({
    workspaceId: workspace.id,
    sim,
    webhookSecret: SECRET,
    chats: 50,
  });

  const started = await startTwoByTwo({ postgres, env: appEnv, probeMs: PROBE_MS });
  instances.push(...started);
  const [webA, webB, ...workers] = started;
  const probeFrom = Date.now();
  const tag = crypto.randomBytes(3).toString("hex");
  const { bodies, expected } = pushBurst({ chatIds, deliveries: DELIVERIES, tag });
  // Warm-up: connection pools and JIT of both web instances.
  await deliver({
    webs: [webA, webB],
    path: `/api/webhooks/ozon/${SECRET}`,
    bodies: Array.from({ length: 200 }, (_, i) => ozonPush({ chatId: chatIds[0]!, n: pushNumber(i), tag: "warm" })),
    rate: 100,
  });
  const sentAt = Date.now();
  const stats = await deliver({
    webs: [webA, webB],
    path: `/api/webhooks/ozon/${SECRET}`,
    bodies,
    rate: RATE,
    during: (i) => (i === Math.floor(DELIVERIES / 2) ? stopInstance(webB, "SIGKILL") : undefined),
  });
  const ackedAt = Date.now();
  const count = () =>
    db.prisma.message.count({ where: { chat: { accountId: account.id }, externalId: { startsWith: tag } } });
  while ((await count()) < expected.size && Date.now() - ackedAt < 300_000)
    await new Promise((r) => setTimeout(r, 250));
  const storedAt = Date.now();
  const rows = await db.prisma.message.findMany({
    where: { chat: { accountId: account.id }, externalId: { startsWith: tag } },
    select: { externalId: true },
  });
  const distinct = new Set(rows.map((r) => r.externalId));
  await Promise.all(workers.map((w) => stopInstance(w)));
  const periods = await db.prisma.jobRun.count({ where: { job: "probe" } });
  const runs = workers.reduce((sum, w) => sum + w.probeRuns, 0);
  const elapsed = Math.floor((Date.now() - probeFrom) / PROBE_MS);

  console.log(`baseline (bare node:http) at ${RATE}/s: ${fmt(baseline)}`);
  console.log(
    `2 web + 2 workers at ${RATE}/s, ${DELIVERIES} deliveries (10% duplicates), web B killed halfway: ${fmt(stats)}, ${stats.retried} re-deliveries`,
  );
  console.log(
    `every message stored ${((storedAt - sentAt) / 1000).toFixed(1)} s after the burst began (${((storedAt - ackedAt) / 1000).toFixed(1)} s after the last acknowledgement)`,
  );
  console.log(
    `messages expected ${expected.size}, stored ${distinct.size}: lost ${expected.size - distinct.size}, duplicated ${rows.length - distinct.size}`,
  );
  console.log(
    `probe job (every ${PROBE_MS} ms on both workers): ${runs} runs, ${periods} ledger periods of ${elapsed} elapsed: ${runs === periods ? "once per period" : "RAN TWICE IN A PERIOD"}`,
  );
  await db.close();
} finally {
  await Promise.all(instances.map((i) => stopInstance(i, "SIGKILL")));
  await sim.close();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
process.exit(0);
