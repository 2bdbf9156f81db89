import { env, EnvError } from "@/lib/env";
import { database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { registerDirectRequests } from "@/lib/http/direct-requests";
import { logger } from "@/lib/log";
import { inngestEnabled } from "@/lib/jobs/inngest-enabled";
import { startInProcessScheduler } from "@/lib/jobs/in-process-scheduler";
import { SCHEDULES } from "@/lib/jobs/schedules";
import { DEMO_LOGIN, seedDemo } from "@/lib/seed/seed-demo";

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
  const db = database();
  const migrations = await applyMigrations({ db });
  log.info("database ready", { kind: db.kind, applied: migrations.applied.length, total: migrations.total });
  // The embedded default is a newcomer's first run: give them something to look at.
  if (!e.DATABASE_URL) {
    const seeded = await seedDemo();
    if (seeded.created) log.info("demo workspace created", { chats: seeded.chats, messages: seeded.messages });
    console.log(`\n  AgentIQ Inbox demo: sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}\n`);
  }
  if (inngestEnabled()) {
    log.info("background work runs on Inngest");
  } else {
    startInProcessScheduler({ schedules: SCHEDULES });
    log.info("background work runs in-process", { schedules: SCHEDULES.map((s) => s.id) });
  }
  registerDirectRequests();
}
