// npm run bench:bulk - a bulk action over 10,000 chats on PostgreSQL ("all N matching this filter"), from the
// request to DONE, through the service the route calls and the background run, in its batches. Baseline,
// measured in the same run on the same ids: one bare UPDATE (or INSERT for labels) of all of them in one
// statement, which is the least any implementation could do. A schema of its own, dropped afterwards.
// Options: --chats N, --pg URL, --pglite (also on the embedded database).
import "./load-env";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, setDatabaseForTests, type Database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import type { BulkAction } from "@/lib/bulk/bulk-schema";
import { runBulkJob } from "@/lib/bulk/run-bulk-job";
import { startBulkJob } from "@/lib/bulk/start-bulk-job";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";
import { registerDomainSubscribers } from "@/lib/domain-subscribers";

registerDomainSubscribers();

const { values: args } = parseArgs({
  options: {
    chats: { type: "string", default: "10000" },
    pg: { type: "string", default: process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test" },
    pglite: { type: "boolean", default: false },
  },
});
const CHATS = Number(args.chats);
process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-bench-bulk-"));

async function seed(db: Database) {
  const p = db.prisma;
  const workspace = await p.workspace.create({ data: { name: "Bench bulk" } });
  const user = await p.user.create({
    data: { email: `bulk-${crypto.randomBytes(4).toString("hex")}@example.com`, name: "Bench operator" },
  });
  await p.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "OWNER" } });
  const account = await p.marketplaceAccount.create({
    data: { workspaceId: workspace.id, marketplace: "ozon", name: "Bench", credentialsEnc: "x" },
  });
  const label = await p.label.create({ data: { workspaceId: workspace.id, name: "Bench", color: "blue" } });
  // Chats waiting for a reply, each with two unread buyer messages; plus as many in another workspace.
  await db.exec(`
    INSERT INTO "Chat" (id, "workspaceId", "accountId", marketplace, "externalId", status, "unreadCount", "isNewChat", "awaitingReplySince", "lastMessageAt", "updatedAt")
    SELECT 'bc' || g, '${workspace.id}', '${account.id}', 'ozon', 'e' || g, 'OPEN', 2, true, now() - g * interval '1 minute', now() - g * interval '1 minute', now()
    FROM generate_series(1, ${CHATS}) g;
    INSERT INTO "Message" (id, "chatId", author, text, "externalId", "createdAt")
    SELECT 'bm' || g || '-' || k, 'bc' || g, 'BUYER', 'Здравствуйте, где мой заказ?', 'x' || g || '-' || k, now() - g * interval '1 minute'
    FROM generate_series(1, ${CHATS}) g, generate_series(1, 2) k;`);
  return { workspaceId: workspace.id, userId: user.id, labelId: label.id };
}

async function reset(db: Database) {
  await db.exec(`UPDATE "Chat" SET status = 'OPEN', "assigneeId" = NULL, "snoozedUntil" = NULL, "unreadCount" = 2, "isNewChat" = true;
    UPDATE "Message" SET "readAt" = NULL; DELETE FROM "ChatLabel"; DELETE FROM "BulkJob";`);
}

async function timed(fn: () => Promise<unknown>) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function bench(name: string, db: Database) {
  setDatabaseForTests(db);
  await applyMigrations({ db });
  const { workspaceId, userId, labelId } = await seed(db);
  const ids = `(SELECT id FROM "Chat" WHERE "workspaceId" = '${workspaceId}')`;
  const cases: { action: BulkAction; baseline: string }[] = [
    { action: { type: "resolve" }, baseline: `UPDATE "Chat" SET status = 'RESOLVED' WHERE id IN ${ids}` },
    {
      action: { type: "assign", assigneeId: userId },
      baseline: `UPDATE "Chat" SET "assigneeId" = '${userId}' WHERE id IN ${ids}`,
    },
    {
      action: { type: "snooze", until: elapsedDaysAfter({ at: new Date(), days: 1 }).toISOString() },
      baseline: `UPDATE "Chat" SET "snoozedUntil" = now() + interval '1 day' WHERE id IN ${ids}`,
    },
    {
      action: { type: "label", labelId, on: true },
      baseline: `INSERT INTO "ChatLabel" ("chatId", "labelId") SELECT id, '${labelId}' FROM "Chat" WHERE id IN ${ids}`,
    },
    {
      action: { type: "read" },
      baseline: `UPDATE "Message" SET "readAt" = now() WHERE "chatId" IN ${ids}; UPDATE "Chat" SET "unreadCount" = 0, "isNewChat" = false WHERE id IN ${ids}`,
    },
  ];
  console.log(`\n${name}: ${CHATS.toLocaleString("en")} chats, ${(CHATS * 2).toLocaleString("en")} messages`);
  console.log(
    `${"action".padEnd(8)} ${"job (ms)".padStart(10)} ${"baseline (ms)".padStart(14)} ${"x".padStart(6)}  summary`,
  );
  for (const { action, baseline } of cases) {
    await reset(db);
    const base = await timed(() => db.exec(baseline));
    await reset(db);
    let summary = "";
    const ms = await timed(async () => {
      const job = await startBulkJob({
        workspaceId,
        userId,
        request: { requestKey: crypto.randomUUID(), action, selection: { filter: { view: "all" } } },
      });
      await runBulkJob({ jobId: job.id });
      const done = await db.prisma.bulkJob.findUniqueOrThrow({ where: { id: job.id } });
      summary = `${done.status} ${done.processed}/${done.total}, changed ${done.changed}`;
    });
    console.log(
      `${action.type.padEnd(8)} ${ms.toFixed(0).padStart(10)} ${base.toFixed(0).padStart(14)} ${(ms / base).toFixed(1).padStart(6)}  ${summary}`,
    );
  }
}

const schema = `bench_bulk_${crypto.randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: args.pg });
await admin.connect();
await admin.query(`CREATE SCHEMA "${schema}"`);
const pgDb = openDatabase({ url: args.pg, schema });
try {
  await bench(`PostgreSQL (${args.pg.replace(/\/\/[^@]*@/, "//***@")})`, pgDb);
} finally {
  await pgDb.close();
  await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
  await admin.end();
}
if (args.pglite) {
  const lite = openDatabase({ memory: true });
  try {
    await bench("PGlite (in memory)", lite);
  } finally {
    await lite.close();
  }
}
process.exit(0);
