import { env, EnvError } from "@/lib/env";
import { database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { registerDirectRequests } from "@/lib/direct-answers/direct-requests";
import { logger } from "@/lib/log";
import { startBackgroundWork } from "@/lib/jobs/start-background-work";
import { JOBS } from "@/lib/job-list";
import { prepareDemoWorkspace } from "@/lib/seed/prepare-demo-workspace";
import { DEMO_LOGIN } from "@/lib/auth/demo-logins";
import { settleWebhookDrain } from "@/lib/ingest/drain-webhook-events";
import { onShutdown } from "@/lib/server/shutdown-hooks";
import { backfillAllResponseWaits } from "@/lib/reports/backfill-response-waits";
import { closeRedis } from "@/lib/redis";
import { closeAllStreams, startStreamListener, stopStreamListener } from "@/lib/stream/stream-hub";
import { warmUpTextChecks } from "@/lib/ai/warm-up";
import { registerDomainSubscribers } from "@/lib/domain-subscribers";

const log = logger("start");

export async function startServer(): Promise<void> {
  let e;
  try {
    e = env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Before anything stores a message: the domains that follow the message store's events.
  registerDomainSubscribers();
  const db = database();
  const migrations = await applyMigrations({ db });
  log.info("database ready", { kind: db.kind, applied: migrations.applied.length, total: migrations.total });
  // The public demo only when asked for (npm run dev, the e2e server): never by default.
  const { demo } = await prepareDemoWorkspace({ enabled: e.DEMO_WORKSPACE });
  if (demo) console.log(`\n  AgentIQ Inbox demo: sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n`);
  // Reports: response waits of data stored before them (and of the demo), once per workspace.
  const backfilled = await backfillAllResponseWaits({ db: db.prisma });
  if (backfilled) log.info("report figures rebuilt from stored messages", { workspaces: backfilled });
  startBackgroundWork({ jobs: JOBS });
  if (e.APP_ROLE !== "worker") {
    registerDirectRequests();
    // Listening from the start: presence is never stored, so what this instance does not hear (another
    // instance's operators opening chats) its streams could not show until their next beat.
    await startStreamListener().catch((error: unknown) =>
      log.warn("stream listener not started; the first stream retries", { error: String(error) }),
    );
  }
  warmUpTextChecks();
  // Live streams never finish by themselves: end them as the shutdown starts (clients reconnect to
  // another instance, or to this one restarted, and replay from their last id).
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, closeAllStreams);
  // Last: webhooks acknowledged but still being stored, then the database (PGlite's lock released,
  // PostgreSQL's pool ended).
  onShutdown({
    name: "database",
    run: async () => {
      await settleWebhookDrain();
      await stopStreamListener();
      await closeRedis();
      await db.close();
    },
  });
}
