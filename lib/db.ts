import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

// One database handle per process: the Prisma client plus raw SQL execution for migrations
// (Prisma's executeRaw cannot run multi-statement scripts). PGlite when DATABASE_URL is unset,
// PostgreSQL through @prisma/adapter-pg when it is set.

export type Database = {
  prisma: PrismaClient;
  kind: "pglite" | "postgres";
  /** Runs a multi-statement SQL script. */
  exec(sql: string): Promise<void>;
  /**
   * One parameterized statement straight on the driver, for hot paths where Prisma's per-query
   * overhead matters (the POS/CRM webhook). Never inside a Prisma transaction: PGlite serializes
   * it with them, PostgreSQL runs it on its own pooled connection.
   */
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
  /**
   * Listens to a NOTIFY channel (lib/stream/stream-feed.ts). PostgreSQL: one dedicated connection,
   * re-established after a drop (onReconnect then says notifications may have been missed); PGlite:
   * its in-process notifications. Channels are per database, so a test schema names its own.
   */
  listen(channel: string, onNotify: (payload: string) => void, onReconnect: () => void): Promise<() => Promise<void>>;
  /** The stream's NOTIFY channel for this database (and schema). */
  streamChannel: string;
  /** Runs fn while holding the migration lock (a no-op for single-process PGlite). */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DatabaseTarget = { url: string; schema?: string } | { dataDir: string } | { memory: true };

const MIGRATION_LOCK_ID = 7_240_117;

export function openDatabase(target: DatabaseTarget): Database {
  if ("url" in target) {
    // A schema other than public isolates test runs that share one PostgreSQL database.
    const options = target.schema ? `-c search_path="${target.schema}"` : undefined;
    const pool = new pg.Pool({ connectionString: target.url, max: 10, options });
    // An idle pooled connection the server drops (a restart, a failover, an administrator's kill) is an
    // error event on the pool, and an unheard one ends the process. The pool has already discarded that
    // connection; the next query opens a new one.
    pool.on("error", (e) =>
      logger("db").warn("idle database connection lost", { code: (e as { code?: string }).code }),
    );
    const adapter = new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined);
    const prisma = new PrismaClient({ adapter });
    return {
      prisma,
      kind: "postgres",
      async exec(sql) {
        const client = await pool.connect();
        try {
          await client.query(sql);
        } catch (e) {
          await client.query("ROLLBACK").catch(() => {});
          throw e;
        } finally {
          client.release();
        }
      },
      async query<T>(sql: string, params: unknown[]) {
        return (await pool.query(sql, params)).rows as T[];
      },
      streamChannel: target.schema ? `agentiq_stream_${target.schema}` : "agentiq_stream",
      listen: (channel, onNotify, onReconnect) => listenPostgres({ url: target.url, channel, onNotify, onReconnect }),
      async withMigrationLock(fn) {
        const client = await pool.connect();
        try {
          await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
          return await fn();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
          client.release();
        }
      },
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  let dir: string | undefined;
  let releaseLock = () => {};
  if ("dataDir" in target) {
    dir = path.resolve(target.dataDir, "pglite");
    fs.mkdirSync(dir, { recursive: true });
    releaseLock = lockDataDir(path.resolve(target.dataDir, "pglite.lock"));
  }
  return pgliteDatabase(new PGlite(dir), releaseLock);
}

/** The Database handle over an open PGlite instance (tests start one from a migrated snapshot). */
export function pgliteDatabase(client: PGlite, release: () => void = () => {}): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    prisma,
    kind: "pglite",
    async exec(sql) {
      try {
        await client.exec(sql);
      } catch (e) {
        await client.exec("ROLLBACK").catch(() => {});
        throw e;
      }
    },
    async query<T>(sql: string, params: unknown[]) {
      return (await client.query<T>(sql, params)).rows;
    },
    streamChannel: "agentiq_stream",
    listen: async (channel, onNotify) => {
      const stop = await client.listen(channel, onNotify);
      return () => stop();
    },
    withMigrationLock: (fn) => fn(),
    async close() {
      await prisma.$disconnect();
      await client.close();
      release();
    },
  };
}

// A dedicated connection outside the pool (a pooled one would be handed to queries). After an error
// it reconnects with backoff; NOTIFYs sent meanwhile are lost, so onReconnect tells the listener to
// catch up from the table.
async function listenPostgres({
  url,
  channel,
  onNotify,
  onReconnect,
}: {
  url: string;
  channel: string;
  onNotify: (payload: string) => void;
  onReconnect: () => void;
}) {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (attempt: number): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on("notification", (n) => {
      if (n.channel === channel && n.payload) onNotify(n.payload);
    });
    c.on("error", () => {
      if (stopped || client !== c) return;
      client = undefined;
      void c.end().catch(() => {});
      retry = setTimeout(() => void connect(0), 200);
    });
    try {
      await c.connect();
      await c.query(`LISTEN "${channel}"`);
    } catch (e) {
      void c.end().catch(() => {});
      if (attempt === -1) throw e;
      if (!stopped) retry = setTimeout(() => void connect(attempt + 1), Math.min(5_000, 200 * 2 ** attempt));
      return;
    }
    if (stopped) return void c.end().catch(() => {});
    client = c;
    if (attempt !== -1) onReconnect();
  };
  await connect(-1);
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => {});
    client = undefined;
  };
}

// PGlite is single-process: a second process opening the same directory would corrupt it. A pid
// lock file turns that into a clear error; a lock left by a dead process is taken over.
function lockDataDir(file: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => fs.rmSync(file, { force: true });
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(fs.readFileSync(file, "utf8"));
      if (pid === process.pid) return () => {};
      if (pid && isAlive(pid)) {
        throw new Error(
          `The embedded database in ${path.dirname(file)} is in use by process ${pid} (is the app running?). Stop it first, or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${file}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const globalForDb = globalThis as unknown as { __agentiqDb?: Database };

/** The process-wide database (cached on globalThis so dev reloads never open PGlite twice). */
export function database(): Database {
  if (!globalForDb.__agentiqDb) {
    const e = env();
    globalForDb.__agentiqDb = openDatabase(e.DATABASE_URL ? { url: e.DATABASE_URL } : { dataDir: e.DATA_DIR });
  }
  return globalForDb.__agentiqDb;
}

/** Used by tests to point the app's services at their own database. */
export function setDatabaseForTests(db: Database | undefined): void {
  globalForDb.__agentiqDb = db;
}

export function prisma(): PrismaClient {
  return database().prisma;
}
