import { database } from "@/lib/db";
import { logger } from "@/lib/log";
import { onShutdown } from "@/lib/server/shutdown-hooks";

const log = logger("jobs");

// A web instance that stored work for the workers (pushes, review requests) says so with a NOTIFY,
// so a worker picks it up at once instead of at its next interval. Losing one costs only that wait.
const channel = () => `${database().streamChannel}_wake`;

export async function wakeWorkers(): Promise<void> {
  await database()
    .query("SELECT pg_notify($1, '')::text AS sent", [channel()])
    .catch((error: unknown) => log.warn("wake-up not sent", { error: error instanceof Error ? error.message : String(error) }));
}

/** The worker side: `onWake` runs for each wake-up (the scheduler coalesces them). */
export function listenForWakeUps(onWake: () => void): void {
  const db = database();
  db.listen(channel(), onWake, onWake).then(
    (stop) => onShutdown({ name: "worker wake-ups", run: stop }),
    (error: unknown) => log.warn("wake-ups not heard; pickups run on their interval", { error: error instanceof Error ? error.message : String(error) }),
  );
}
