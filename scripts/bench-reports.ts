// npm run bench:reports - latency of the team report's queries with 100,000 chats and 1,000,000 messages over
// 90 days in one workspace, on PGlite and on PostgreSQL (a schema of its own, dropped afterwards).
// Data: the inbox benchmark's chats and messages (scripts/bench-inbox-seed.ts), turned into response waits
// by the start-up backfill (timed); then each answered wait gets a random reply time (log-uniform, 1 min
// to 3 days) and one of the operators as responder, so the histograms hold a realistic spread, and the
// rollups are rebuilt (timed); eight labels go on a tenth of the chats each (timed: the rollups follow). Each report query (a chart's
// table: counts + median/p90 per key, from the rollups) and the whole GET /api/reports (auth
// included) run sequentially; the baseline is a bare indexed count of the waits over the same 90 days, in
// the same run. Options: --chats N, --messages-per-chat N, --iterations N,
// --pg URL, --skip-pg, --skip-pglite.
import "./load-env";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { setDatabaseForTests, type Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { env } from "@/lib/env";
import * as reportRoute from "@/app/api/reports/route";
import * as chatsRoute from "@/app/api/chats/route";
import { backfillResponseWaits, recomputeBusinessSeconds } from "@/lib/reports/backfill-response-waits";
import { reportSections, type Section } from "@/lib/reports/report-sections";
import { reportByLabel } from "@/lib/reports/report-by-label";
import type { Scope } from "@/lib/reports/report-row";
import { onBenchDatabases } from "./bench-databases";
import { BENCH_OPERATORS, BENCH_OWNER, BENCH_WORKSPACE, seedInboxBench } from "./bench-inbox-seed";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";

const { values: args } = parseArgs({
  options: {
    chats: { type: "string", default: "100000" },
    "messages-per-chat": { type: "string", default: "10" },
    iterations: { type: "string", default: "50" },
    pg: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/test" },
    "skip-pg": { type: "boolean", default: false },
    "skip-pglite": { type: "boolean", default: false },
  },
});
const CHATS = Number(args.chats);
const PER_CHAT = Number(args["messages-per-chat"]);
const ITERATIONS = Number(args.iterations);
const LABELS = 8;
// The bench workspace's time zone (the schema's default).
const ZONE = "Europe/Moscow";
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-reports-"));
process.env.DATA_DIR = scratch;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function measure(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  console.log(
    `${name.padEnd(52)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${times.at(-1)!.toFixed(1).padStart(8)}`,
  );
  return percentile(times, 95);
}

async function route(
  handler: (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>,
  url: string,
  cookie: string,
) {
  const res = await handler(new NextRequest(`http://localhost${url}`, { headers: { cookie } }), {
    params: Promise.resolve({}),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${body.slice(0, 300)}`);
  return body;
}

async function run(label: string, db: Database) {
  console.log(`\n== ${label} ==`);
  await applyMigrations({ db });
  let t = performance.now();
  await seedInboxBench({ db, chats: CHATS, messagesPerChat: PER_CHAT });
  console.log(
    `seeded ${CHATS.toLocaleString("en")} chats and ${(CHATS * PER_CHAT).toLocaleString("en")} messages in ${seconds(t)} s`,
  );
  setDatabaseForTests(db);
  t = performance.now();
  await backfillResponseWaits({ db: db.prisma, workspaceId: BENCH_WORKSPACE });
  const { n } = (
    await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "ResponseWait" WHERE "workspaceId" = '${BENCH_WORKSPACE}'`,
    )
  )[0]!;
  console.log(
    `backfill: ${n.toLocaleString("en")} response waits and their rollups from the messages in ${seconds(t)} s`,
  );
  const ops = `ARRAY[${BENCH_OPERATORS.map((o) => `'${o}'`).join(",")}]`;
  await db.exec(`
    UPDATE "ResponseWait" SET seconds = s, "answeredAt" = "startedAt" + s * interval '1 second', "endedAt" = "startedAt" + s * interval '1 second',
      "responderId" = (${ops})[1 + (abs(hashtext(id)) % ${BENCH_OPERATORS.length})]
    FROM (SELECT id AS wid, floor(exp(ln(60) + random() * (ln(259200) - ln(60))))::int AS s FROM "ResponseWait" WHERE "answeredAt" IS NOT NULL) AS r
    WHERE id = r.wid`);
  t = performance.now();
  await recomputeBusinessSeconds({ db: db.prisma, workspaceId: BENCH_WORKSPACE });
  for (const table of ["ResponseWait", "ReportCounter", "ReportHistogram"]) await db.exec(`VACUUM ANALYZE "${table}"`);
  const { c, h } = (
    await db.prisma.$queryRawUnsafe<{ c: number; h: number }[]>(
      `SELECT (SELECT count(*)::int FROM "ReportCounter") AS c, (SELECT count(*)::int FROM "ReportHistogram") AS h`,
    )
  )[0]!;
  console.log(
    `rollups rebuilt in ${seconds(t)} s: ${c.toLocaleString("en")} counter rows, ${h.toLocaleString("en")} histogram rows`,
  );
  // Eight labels, each on a tenth of the chats (80,000 chat labels), so the label section has real work.
  await db.exec(`INSERT INTO "Label" (id, "workspaceId", name, color) SELECT 'bench_label_' || i, '${BENCH_WORKSPACE}', 'Label ' || i, 'blue'
    FROM generate_series(0, ${LABELS - 1}) i`);
  // After the rollups: putting the labels on counts their chats' past events under them (timed).
  t = performance.now();
  await db.exec(`INSERT INTO "ChatLabel" ("chatId", "labelId") SELECT id, 'bench_label_' || (abs(hashtext(id)) % 10) FROM "Chat"
    WHERE "workspaceId" = '${BENCH_WORKSPACE}' AND abs(hashtext(id)) % 10 < ${LABELS}`);
  console.log(`labels put on ${LABELS * 10}% of the chats, their events counted under them, in ${seconds(t)} s`);
  for (const table of ["ChatLabel", "ReportCounter", "ReportHistogram"]) await db.exec(`VACUUM ANALYZE "${table}"`);

  const today = new Date().toISOString().slice(0, 10);
  const from = elapsedDaysAfter({ at: new Date(), days: -89 }).toISOString().slice(0, 10);
  const since = elapsedDaysAfter({ at: new Date(), days: -90 }).toISOString();
  const owner: Scope = { workspaceId: BENCH_WORKSPACE, scope: "", from, to: today, clock: "wall" };
  const operator: Scope = { ...owner, scope: BENCH_OPERATORS[0]! };
  const sections: [string, Scope, Section][] = [
    ["totals (90 days)", owner, { dim: "all", key: "''" }],
    ["per day (90 days)", owner, { dim: "all", key: `to_char(day, 'YYYY-MM-DD')` }],
    ["per week (90 days)", owner, { dim: "all", key: `to_char(date_trunc('week', day), 'YYYY-MM-DD')` }],
    ["per marketplace (90 days)", owner, { dim: "marketplace", key: "value" }],
    ["per kind (90 days)", owner, { dim: "kind", key: "value" }],
    ["per operator (90 days)", owner, { dim: "operator", key: "value" }],
    ["an operator's own, per day (90 days)", operator, { dim: "all", key: `to_char(day, 'YYYY-MM-DD')` }],
    ["an operator's own, per marketplace (90 days)", operator, { dim: "marketplace", key: "value" }],
  ];
  const ownerCookie = `next-auth.session-token=${await encode({ token: { sub: BENCH_OWNER, workspaceId: BENCH_WORKSPACE }, secret: env().NEXTAUTH_SECRET })}`;
  const opCookie = `next-auth.session-token=${await encode({ token: { sub: BENCH_OPERATORS[0], workspaceId: BENCH_WORKSPACE }, secret: env().NEXTAUTH_SECRET })}`;
  console.log(`${"query".padEnd(52)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)}`);
  const baseline = await measure(
    "BASELINE: indexed count of waits, 90 days",
    () =>
      db.prisma
        .$queryRaw`SELECT count(*)::int FROM "ResponseWait" WHERE "workspaceId" = ${BENCH_WORKSPACE} AND "startedAt" >= ${since}::timestamp`,
  );
  const p95s: number[] = [];
  for (const [name, scope, section] of sections) p95s.push(await measure(name, () => reportSections(scope, [section])));
  p95s.push(
    await measure(`per label, ${LABELS} labels on ${LABELS * 10}% of chats (90 days)`, () =>
      reportByLabel({ s: owner }),
    ),
  );
  p95s.push(await measure("an operator's own, per label (90 days)", () => reportByLabel({ s: operator })));
  const whole = await measure("GET /api/reports?days=90 (owner, all sections)", () =>
    route(reportRoute.GET, "/api/reports?days=90", ownerCookie),
  );
  await measure("GET /api/reports?days=90&period=week (operator)", () =>
    route(reportRoute.GET, "/api/reports?days=90&period=week", opCookie),
  );
  await measure("inbox: chats behind a marketplace bar (90 days)", () =>
    route(chatsRoute.GET, `/api/chats?view=all&sort=recent&from=${from}&to=${today}&marketplace=ozon`, ownerCookie),
  );
  await measure("inbox: chats behind one day's bar", () =>
    route(
      chatsRoute.GET,
      `/api/chats?view=all&sort=recent&from=${elapsedDaysAfter({ at: new Date(), days: -30 }).toISOString().slice(0, 10)}&to=${elapsedDaysAfter({ at: new Date(), days: -30 }).toISOString().slice(0, 10)}`,
      ownerCookie,
    ),
  );
  console.log(
    `slowest report query p95 ${Math.max(...p95s).toFixed(1)} ms, whole report p95 ${whole.toFixed(1)} ms, baseline p95 ${baseline.toFixed(1)} ms (target: 300 ms per query on PostgreSQL)`,
  );
  setDatabaseForTests(undefined);
}

console.log(
  `bench:reports - ${ITERATIONS} sequential runs per query after 3 warm-up ones; node ${process.version}, ${os.cpus().length} CPUs`,
);
await onBenchDatabases({
  scratch,
  pgUrl: args.pg,
  skipPglite: args["skip-pglite"],
  skipPg: args["skip-pg"],
  schemaPrefix: "bench_reports",
  run,
});
