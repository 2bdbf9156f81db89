import { logger } from "@/lib/log";
import { seedDemo } from "@/lib/seed/seed-demo";
import { setDemoAccess } from "@/lib/seed/set-demo-access";

const log = logger("demo");

/**
 * At start-up. Asked for (DEMO_WORKSPACE, set by `npm run dev` and the e2e server): the demo workspace
 * exists with its public credentials. Not asked for: none is created, and one left by an earlier
 * version or run has its public credentials replaced, so a production start never serves a public demo.
 */
export async function prepareDemoWorkspace({ enabled }: { enabled: boolean }): Promise<{ demo: boolean }> {
  if (enabled) {
    const seeded = await seedDemo();
    await setDemoAccess({ access: "open" });
    if (seeded.created) log.info("demo workspace created", { chats: seeded.chats, messages: seeded.messages });
    return { demo: true };
  }
  const closed = await setDemoAccess({ access: "closed" });
  if (closed.changed)
    log.warn("demo workspace's public credentials replaced (DEMO_WORKSPACE is off)", {
      workspaceId: closed.workspaceId,
      changed: closed.changed,
    });
  return { demo: false };
}
