// npm run db:seed - migrate, then create the demo workspace (once; deterministic content).
import "./load-env";
import { database } from "@/lib/db";
import { applyMigrations } from "@/lib/db-migrations";
import { DEMO_LOGIN, seedDemo } from "@/lib/seed/seed-demo";

const db = database();
await applyMigrations({ db });
const result = await seedDemo();
console.log(
  result.created
    ? `Demo workspace created: ${result.chats} chats, ${result.messages} messages.`
    : `Demo workspace already exists (${result.chats} chats, ${result.messages} messages).`,
);
console.log(`Sign in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
await db.close();
