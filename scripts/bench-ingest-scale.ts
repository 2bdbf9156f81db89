// The scale-out runs of bench:ingest, on PostgreSQL: webhook acknowledgement latency at 300/s while the
// background work is busy (20 Wildberries accounts polled every few seconds with buyers writing,
// the minute sweeps running), first with role all in one process (--one-process), then as `npm start`
// runs role all on PostgreSQL (the web role with a worker process it supervises), then with the web role
// apart from a separately started worker, then with two web instances behind a round-robin balancer; and the highest rate with p99
// within the budget for the last. Each run beside the bare node:http baseline of the same run.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { openDatabase, setDatabaseForTests } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { ozonPush, pushNumber } from "@/lib/test/multi-instance";
import { createOzonPushAccount, createSimAccount } from "@/lib/test/sim-account";
import { fmt, freePort, offer, startApp, stopApp, type Stats } from "./bench-app";

const WB_ACCOUNTS = 20;
const RATE = 300;
const P99_BUDGET_MS = 50;

export async function benchScaleOut({
  pgUrl,
  sim,
  baseline,
  seconds,
  appEnv,
}: {
  pgUrl: string;
  sim: Simulator;
  baseline: Stats;
  seconds: number;
  appEnv: Record<string, string>;
}) {
  const dbName = `agentiq_scale_${crypto.randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(pgUrl);
  url.pathname = `/${dbName}`;
  // Wildberries' feed of its own: the 20 accounts read it, and a buyer writes every 100 ms, so each
  // account stays "in conversation" and is polled every 3 s.
  const wbSim = await startSimulator({ port: 0 });
  const buyers = setInterval(
    () => void wbSim.control.injectBuyerMessage({ marketplace: "wildberries", text: `Вопрос ${Date.now()}` }),
    100,
  );
  const env = {
    ...appEnv,
    DATABASE_URL: url.toString(),
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-scale-")),
  };
  const apps: ChildProcess[] = [];
  try {
    const db = openDatabase({ url: url.toString() });
    await applyMigrations({ db });
    setDatabaseForTests(db);
    const workspace = await db.prisma.workspace.create({ data: { name: "bench scale" } });
    const secret = "bench-scale-ozon-secret-0123456";
    const { chatIds } = await createOzonPushAccount({
      workspaceId: workspace.id,
      sim,
      webhookSecret: secret,
      chats: 50,
    });
    for (let i = 0; i < WB_ACCOUNTS; i++)
      await createSimAccount({ workspaceId: workspace.id, sim: wbSim, marketplace: "wildberries" });
    setDatabaseForTests(undefined);
    await db.close();

    let round = 0;
    const body = () => {
      const tag = String(500 + round++);
      return (i: number) => ozonPush({ chatId: chatIds[i % chatIds.length]!, n: pushNumber(i), tag });
    };
    const start = async (role?: "web" | "worker", args: string[] = []) => {
      const port = await freePort();
      const child = await startApp({ port, env, role, args });
      apps.push(child);
      return `http://127.0.0.1:${port}/api/webhooks/ozon/${secret}`;
    };
    const measure = async (urls: string[], rate = RATE, s = seconds) => {
      await offer({ url: (i) => urls[i % urls.length]!, rate: 100, seconds: 3, body: body() });
      return offer({ url: (i) => urls[i % urls.length]!, rate, seconds: s, body: body() });
    };
    const stopAll = async () => {
      for (const app of apps.splice(0)) await stopApp(app);
    };
    // The polls and the first minute sweeps start within ~45 s of a start (lib/jobs: staggered by 5 s).
    const settle = () => new Promise((r) => setTimeout(r, 45_000));
    const verdict = (s: Stats) =>
      s.p99 <= P99_BUDGET_MS && s.errors === 0 ? "(target p99 <= 50 ms: ok)" : "(target p99 <= 50 ms: MISSED)";

    console.log(
      `\n== PostgreSQL, background busy: ${WB_ACCOUNTS} Wildberries accounts polled (buyers writing every 100 ms), minute sweeps`,
    );
    console.log(`baseline (bare node:http) at ${RATE}/s: ${fmt(baseline)}`);
    const oneProcess = await start(undefined, ["--one-process"]);
    await settle();
    const one = await measure([oneProcess]);
    console.log(`role all in one process (--one-process):          ${fmt(one)}  ${verdict(one)}`);
    await stopAll();
    const all = await start();
    await settle();
    const supervised = await measure([all]);
    console.log(`npm start (role all: web + its worker process):   ${fmt(supervised)}  ${verdict(supervised)}`);
    await stopAll();

    const web = await start("web");
    await start("worker");
    await settle();
    const split = await measure([web]);
    console.log(`web role, worker apart:                           ${fmt(split)}  ${verdict(split)}`);
    const second = await start("web");
    await new Promise((r) => setTimeout(r, 5_000));
    const two = await measure([web, second]);
    console.log(`two web instances (round-robin), worker apart:    ${fmt(two)}  ${verdict(two)}`);
    let best = 0;
    for (const rate of [300, 400, 500, 600, 800, 1000]) {
      await new Promise((r) => setTimeout(r, 5_000));
      const s = await measure([web, second], rate, Math.max(3, Math.round(seconds / 2)));
      const ok = s.p99 <= P99_BUDGET_MS && s.errors === 0 && s.achieved > rate * 0.9;
      console.log(`  two web, offered ${String(rate).padStart(4)}/s: ${fmt(s)}${ok ? "" : "  <- over budget"}`);
      if (!ok) break;
      best = rate;
    }
    console.log(
      `highest offered rate with p99 <= ${P99_BUDGET_MS} ms, two web instances: ${best ? `${best} req/s` : `below ${RATE} req/s`}`,
    );
    await stopAll();
    const check = openDatabase({ url: url.toString() });
    const polled = await check.prisma.marketplaceAccount.count({
      where: { marketplace: "wildberries", lastActivityAt: { not: null } },
    });
    const wbMessages = await check.prisma.message.count({ where: { chat: { marketplace: "wildberries" } } });
    console.log(
      `background during the runs: ${polled}/${WB_ACCOUNTS} Wildberries accounts active, ${wbMessages} Wildberries messages stored`,
    );
    await check.close();
  } finally {
    clearInterval(buyers);
    for (const app of apps) await stopApp(app).catch(() => {});
    await wbSim.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}
