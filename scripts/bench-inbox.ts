// npm run bench:inbox - latency of the inbox API routes (chat list, counts, thread) with 100,000 chats and
// 1,000,000 messages in one workspace, on PGlite and on PostgreSQL (a schema of its own, dropped afterwards).
// The route handlers run in-process, each request carrying a real next-auth session cookie (so the JWT
// check and the membership look-up are in every figure); requests are sequential, timed from the call
// to the end of the body. Beside each figure, the same run's baseline: a bare indexed query (the first
// page of the workspace's chats by last message, on the driver, no Prisma, no HTTP). Options: --chats N,
// --messages-per-chat N, --iterations N, --pg URL, --skip-pg, --skip-pglite, --keep (leave the PostgreSQL
// schema, printed, for EXPLAIN), --schema NAME (measure an already seeded schema: no seeding, kept),
// --explain (PostgreSQL: print each request's statements with their EXPLAIN (ANALYZE, BUFFERS) instead of timing).
import "./load-env";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import pg from "pg";
import { openDatabase, setDatabaseForTests, type Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { env } from "@/lib/env";
import * as chatsRoute from "@/app/api/chats/route";
import * as countsRoute from "@/app/api/chats/counts/route";
import * as chatRoute from "@/app/api/chats/[id]/route";
import * as messagesRoute from "@/app/api/chats/[id]/messages/route";
import * as notesRoute from "@/app/api/chats/[id]/notes/route";
import { BENCH_OPERATORS, BENCH_WORKSPACE, seedInboxBench } from "./bench-inbox-seed";
import { captureStatements, explainRequest } from "./bench-inbox-explain";

const { values: args } = parseArgs({
  options: {
    chats: { type: "string", default: "100000" },
    "messages-per-chat": { type: "string", default: "10" },
    iterations: { type: "string", default: "100" },
    pg: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/test" },
    "skip-pg": { type: "boolean", default: false },
    "skip-pglite": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    schema: { type: "string" },
    explain: { type: "boolean", default: false },
  },
});
const CHATS = Number(args.chats);
const PER_CHAT = Number(args["messages-per-chat"]);
const ITERATIONS = Number(args.iterations);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-inbox-"));
process.env.DATA_DIR = scratch;

type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Scenario = {
  group: "chat list" | "thread";
  name: string;
  handler: Handler;
  url: string;
  params?: Record<string, string>;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function call(cookie: string, s: Scenario): Promise<{ ms: number; status: number; body: string }> {
  const req = new NextRequest(`http://localhost${s.url}`, { headers: { cookie } });
  const started = performance.now();
  const res = await s.handler(req, { params: Promise.resolve(s.params ?? {}) });
  const body = await res.text();
  return { ms: performance.now() - started, status: res.status, body };
}

async function scenarios(cookie: string): Promise<Scenario[]> {
  const list = (name: string, query: string): Scenario => ({
    group: "chat list",
    name,
    handler: chatsRoute.GET,
    url: `/api/chats?${query}`,
  });
  // A cursor deep into the list: walk 40 pages of 50 (2,000 chats) once, outside the timing.
  let cursor = "";
  for (let i = 0; i < 40; i++) {
    const page = JSON.parse(
      (await call(cookie, list("", `view=all&sort=recent${cursor ? `&cursor=${cursor}` : ""}`))).body,
    ) as { nextCursor: string };
    cursor = page.nextCursor;
  }
  let urgentCursor = "";
  for (let i = 0; i < 40; i++) {
    const page = JSON.parse(
      (await call(cookie, list("", `view=all${urgentCursor ? `&cursor=${urgentCursor}` : ""}`))).body,
    ) as { nextCursor: string };
    urgentCursor = page.nextCursor;
  }
  // The Negative reviews view past its open cases (about 600 per 100,000 chats) into the held and closed ones.
  let negativeCursor = "";
  for (let i = 0; i < 20; i++) {
    const page = JSON.parse(
      (await call(cookie, list("", `view=negative${negativeCursor ? `&cursor=${negativeCursor}` : ""}`))).body,
    ) as { nextCursor: string | null };
    if (!page.nextCursor) break;
    negativeCursor = page.nextCursor;
  }
  const first = JSON.parse((await call(cookie, list("", "view=needs_reply"))).body) as { chats: { id: string }[] };
  const chatId = first.chats[0]!.id;
  return [
    list("needs reply, urgency", "view=needs_reply"),
    list("needs reply, urgency, Ozon", "view=needs_reply&marketplace=ozon"),
    list("all, by last message", "view=all&sort=recent"),
    list("all, urgency, page 41", `view=all&cursor=${urgentCursor}`),
    list("all, by last message, page 41", `view=all&sort=recent&cursor=${cursor}`),
    list("mine, urgency", "view=mine"),
    list("resolved", "view=resolved"),
    list("questions, Yandex Market", "view=questions&marketplace=yandex_market"),
    list("questions, Amazon (none)", "view=questions&marketplace=amazon"),
    list("negative reviews, by deadline", "view=negative"),
    list("negative reviews, page 21", `view=negative&cursor=${negativeCursor}`),
    list("search: customer name + number", `view=all&q=${encodeURIComponent("Лебедева 4242")}`),
    list("search: order id", `view=all&q=${encodeURIComponent(String(100000000 + 777 * 7))}`),
    list("search: common word in messages", `view=all&q=${encodeURIComponent("доставка")}`),
    list("search: two words in one message", `view=all&q=${encodeURIComponent("брак шов")}`),
    list("search: no match", `view=all&q=${encodeURIComponent("несуществующее")}`),
    {
      group: "chat list",
      name: "counts (needs reply per marketplace)",
      handler: countsRoute.GET,
      url: "/api/chats/counts",
    },
    {
      group: "thread",
      name: "chat header",
      handler: chatRoute.GET,
      url: `/api/chats/${chatId}`,
      params: { id: chatId },
    },
    {
      group: "thread",
      name: "messages",
      handler: messagesRoute.GET,
      url: `/api/chats/${chatId}/messages`,
      params: { id: chatId },
    },
    {
      group: "thread",
      name: "notes",
      handler: notesRoute.GET,
      url: `/api/chats/${chatId}/notes`,
      params: { id: chatId },
    },
  ];
}

/** The baseline: a bare indexed query on the driver, timed like the requests. */
async function baseline(db: Database): Promise<number[]> {
  const sql = `SELECT id, "lastMessageAt" FROM "Chat" WHERE "workspaceId" = $1 ORDER BY "lastMessageAt" DESC, id DESC LIMIT 50`;
  for (let i = 0; i < 5; i++) await db.query(sql, [BENCH_WORKSPACE]);
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await db.query(sql, [BENCH_WORKSPACE]);
    times.push(performance.now() - started);
  }
  return times.sort((x, y) => x - y);
}

async function run(
  label: string,
  db: Database,
  { seed = true, explainIn }: { seed?: boolean; explainIn?: string } = {},
) {
  console.log(`\n== ${label} ==`);
  await applyMigrations({ db });
  if (seed) {
    const seeded = performance.now();
    await seedInboxBench({ db, chats: CHATS, messagesPerChat: PER_CHAT });
    console.log(
      `seeded ${CHATS.toLocaleString("en")} chats and ${(CHATS * PER_CHAT).toLocaleString("en")} messages in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
    );
  }
  await db.exec(`ANALYZE`);
  const base = await baseline(db);
  const p95base = percentile(base, 95);
  console.log(
    `baseline, bare indexed query (first 50 chats by last message): p50 ${percentile(base, 50).toFixed(1)} ms, p95 ${p95base.toFixed(1)} ms`,
  );
  setDatabaseForTests(db);
  const token = await encode({
    token: { sub: BENCH_OPERATORS[0], workspaceId: BENCH_WORKSPACE },
    secret: env().NEXTAUTH_SECRET,
  });
  const cookie = `next-auth.session-token=${token}`;
  const all = await scenarios(cookie);
  if (explainIn) {
    for (const s of all)
      await explainRequest({ name: s.name, request: () => call(cookie, s), pgUrl: args.pg, schema: explainIn });
    return setDatabaseForTests(undefined);
  }
  const byGroup = new Map<string, number[]>();
  console.log(
    `${"scenario".padEnd(42)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"max ms".padStart(8)} ${"p95/base".padStart(9)}  rows`,
  );
  const ratio = (times: number[]) => `${(percentile(times, 95) / p95base).toFixed(1)}x`.padStart(9);
  for (const s of all) {
    for (let i = 0; i < 5; i++) await call(cookie, s); // warm-up
    const times: number[] = [];
    let rows = "";
    for (let i = 0; i < ITERATIONS; i++) {
      const r = await call(cookie, s);
      if (r.status !== 200) throw new Error(`${s.name}: HTTP ${r.status} ${r.body.slice(0, 300)}`);
      times.push(r.ms);
      if (!rows) {
        const body = JSON.parse(r.body) as { chats?: unknown[]; messages?: unknown[]; notes?: unknown[] };
        rows = String((body.chats ?? body.messages ?? body.notes)?.length ?? "-");
      }
    }
    times.sort((x, y) => x - y);
    byGroup.set(s.group, [...(byGroup.get(s.group) ?? []), ...times]);
    console.log(
      `${s.name.padEnd(42)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${times.at(-1)!.toFixed(1).padStart(8)} ${ratio(times)}  ${rows}`,
    );
  }
  for (const [group, times] of byGroup) {
    times.sort((x, y) => x - y);
    console.log(
      `${`ALL ${group} requests (${times.length})`.padEnd(42)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${times.at(-1)!.toFixed(1).padStart(8)} ${ratio(times)}`,
    );
  }
  setDatabaseForTests(undefined);
}

console.log(
  `bench:inbox - ${ITERATIONS} sequential requests per scenario after 5 warm-up ones; node ${process.version}, ${os.cpus().length} CPUs`,
);
if (args.explain) captureStatements();
try {
  if (!args["skip-pglite"] && !args.explain) {
    const db = openDatabase({ dataDir: path.join(scratch, "pglite") });
    try {
      await run("PGlite (embedded, on disk)", db);
    } finally {
      await db.close();
    }
  }
  if (!args["skip-pg"]) {
    const reuse = args.schema;
    const schema = reuse ?? `bench_inbox_${crypto.randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: args.pg });
    await admin.connect();
    if (!reuse) await admin.query(`CREATE SCHEMA "${schema}"`);
    const db = openDatabase({ url: args.pg, schema });
    try {
      const version = await db.prisma.$queryRawUnsafe<{ v: string }[]>("SELECT current_setting('server_version') AS v");
      await run(`PostgreSQL ${version[0]?.v} (schema ${schema})`, db, {
        seed: !reuse,
        explainIn: args.explain ? schema : undefined,
      });
    } finally {
      await db.close();
      if (args.keep || reuse) console.log(`schema ${schema} kept`);
      else await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      await admin.end();
    }
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
