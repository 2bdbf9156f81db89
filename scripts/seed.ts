// npm run db:seed - migrate, then create the demo workspace (once; deterministic content).
import "./load-env";
import { database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { env } from "@/lib/env";
import { DEMO_LOGIN } from "@/lib/auth/demo-logins";
import { seedDemo } from "@/lib/seed/seed-demo";
import { setDemoAccess } from "@/lib/seed/set-demo-access";

const db = database();
await applyMigrations({ db });
const result = await seedDemo();
// A workspace seeded here is a demo on purpose: its public credentials open now, and a start without
// DEMO_WORKSPACE closes them again.
await setDemoAccess({ access: "open" });
console.log(
  result.created
    ? `Demo workspace created: ${result.chats} chats, ${result.messages} messages.`
    : `Demo workspace already exists (${result.chats} chats, ${result.messages} messages).`,
);
console.log(`Sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
if (!env().DEMO_WORKSPACE)
  console.log(
    "Start the app with DEMO_WORKSPACE=1 (npm run dev does): a start without it replaces the demo's public password and keys.",
  );
await db.close();
