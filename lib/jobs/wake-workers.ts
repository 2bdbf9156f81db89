import { database } from "@/lib/db";
import { logger } from "@/lib/log";
import { onShutdown } from "@/lib/server/shutdown-hooks";

const log = logger("jobs");

// A web instance that stored work for the workers (pushes, review requests) says so with a NOTIFY,
// so a worker picks it up at once instead of at its next interval. Losing one costs only that wait.
const channel = () => `${database().streamChannel}_wake`;

// A burst stores hundreds of pushes a second and every one would wake the workers: one NOTIFY in
// flight at a time, and one more after it for the pushes stored meanwhile (workers coalesce them anyway).
const state = globalThis as unknown as { __wakeWorkers?: { sending: Promise<void> | null; again: boolean } };
state.__wakeWorkers ??= { sending: null, again: false };

export function wakeWorkers(): Promise<void> {
  const w = state.__wakeWorkers!;
  if (w.sending) {
    w.again = true;
    return w.sending;
  }
  w.sending = (async () => {
    do {
      w.again = false;
      await database()
        .query("SELECT pg_notify($1, '')::text AS sent", [channel()])
        .catch((error: unknown) => log.warn("wake-up not sent", { error: error instanceof Error ? error.message : String(error) }));
    } while (w.again);
  })().finally(() => {
    w.sending = null;
  });
  return w.sending;
}

/** The worker side: `onWake` runs for each wake-up (the scheduler coalesces them). */
export function listenForWakeUps(onWake: () => void): void {
  const db = database();
  db.listen(channel(), onWake, onWake).then(
    (stop) => onShutdown({ name: "worker wake-ups", run: stop }),
    (error: unknown) => log.warn("wake-ups not heard; pickups run on their interval", { error: error instanceof Error ? error.message : String(error) }),
  );
}
