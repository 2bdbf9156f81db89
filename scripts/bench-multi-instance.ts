// npm run bench:multi-instance - two web and two worker instances (scripts/app-instance.ts) on one
// PostgreSQL database: 10,000 Ozon pushes with duplicates at a steady rate over both web instances,
// one web instance killed halfway (its unacknowledged deliveries delivered again to the other, as a
// marketplace retries). Prints acknowledgement latency beside a bare node:http server measured in the
// same run, how long until every message was stored, lost and duplicated messages, and whether the
// workers' scheduled probe job ran once per period. Options: --deliveries N, --rate N, --pg URL.
import "./load-env";
import crypto from "node:crypto";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, setDatabaseForTests } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { deliver, ozonPush, startInstance, stopInstance, type Instance } from "@/lib/jobs/multi-instance";
import { startSimulator } from "@/lib/marketplaces/simulator/server";
import { createSimAccount } from "@/lib/test/sim-account";

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
  const server = http.createServer((req, res) =>
    req.resume().on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}")),
  );
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const web = { role: "web", port, child: { exitCode: null, signalCode: null } } as unknown as Instance;
  const stats = await deliver({
    webs: [web],
    path: "/",
    bodies: Array.from({ length: Math.min(DELIVERIES, RATE * 10) }, (_, n) =>
      ozonPush({ chatId: "x", n, tag: "bare" }),
    ),
    rate: RATE,
  });
  await new Promise((r) => server.close(r));
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
  const account = await createSimAccount({
    workspaceId: workspace.id,
    sim,
    marketplace: "ozon",
    webhookSecret: SECRET,
  });
  const chatIds: string[] = [];
  for (let i = 0; i < 50; i++)
    chatIds.push((await sim.control.injectBuyerMessage({ marketplace: "ozon", text: `Чат ${i}` })).chatId);

  instances.push(
    ...(await Promise.all([
      startInstance({ role: "web", postgres, env: appEnv }),
      startInstance({ role: "web", postgres, env: appEnv }),
      startInstance({ role: "worker", postgres, env: appEnv, probeMs: PROBE_MS }),
      startInstance({ role: "worker", postgres, env: appEnv, probeMs: PROBE_MS }),
    ])),
  );
  const [webA, webB, ...workers] = instances as [Instance, Instance, Instance, Instance];
  const probeFrom = Date.now();
  const tag = crypto.randomBytes(3).toString("hex");
  const numbers = Array.from({ length: DELIVERIES }, (_, i) => (i % 10 === 9 ? i - 1 : i));
  const bodies = numbers.map((n) => ozonPush({ chatId: chatIds[n % chatIds.length]!, n, tag }));
  // Warm-up: connection pools and JIT of both web instances.
  await deliver({
    webs: [webA, webB],
    path: `/api/webhooks/ozon/${SECRET}`,
    bodies: numbers.slice(0, 200).map((n) => ozonPush({ chatId: chatIds[0]!, n, tag: "warm" })),
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
  const expected = new Set(numbers.map((n) => `${tag}${String(n).padStart(8, "0")}`));
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
