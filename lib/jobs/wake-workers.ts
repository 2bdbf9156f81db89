import { database } from "@/lib/db";
import type { Pickup } from "@/lib/jobs/pickups";
import { logger } from "@/lib/log";
import { onShutdown } from "@/lib/server/shutdown-hooks";

const log = logger("jobs");

// A web instance that stored work for the workers (pushes, review requests) says so with a NOTIFY
// naming the pickup that takes it, so a worker runs that pickup at once instead of at its next
// interval, and not the others. Losing one costs only that wait.
const channel = () => `${database().streamChannel}_wake`;

// A burst stores hundreds of pushes a second and every one would wake the workers: per pickup, one
// NOTIFY in flight at a time, and one more after it for the work stored meanwhile (workers coalesce them anyway).
type Sender = { sending: Promise<void> | null; again: boolean };
const state = globalThis as unknown as { __wakeWorkerSenders?: Map<string, Sender> };
state.__wakeWorkerSenders ??= new Map();

export function wakeWorkers({ pickup }: { pickup: Pickup }): Promise<void> {
  let w = state.__wakeWorkerSenders!.get(pickup);
  if (!w) state.__wakeWorkerSenders!.set(pickup, (w = { sending: null, again: false }));
  if (w.sending) {
    w.again = true;
    return w.sending;
  }
  const sender = w;
  sender.sending = (async () => {
    do {
      sender.again = false;
      await database()
        .query("SELECT pg_notify($1, $2)::text AS sent", [channel(), pickup])
        .catch((error: unknown) =>
          log.warn("wake-up not sent", { pickup, error: error instanceof Error ? error.message : String(error) }),
        );
    } while (sender.again);
  })().finally(() => {
    sender.sending = null;
  });
  return sender.sending;
}

/**
 * The worker side: `onWake` runs for each wake-up with the pickup it names (the scheduler coalesces
 * them), or with null for all of them: a wake-up naming none, or a reconnect that may have missed some.
 */
export function listenForWakeUps(onWake: (pickup: string | null) => void): void {
  const db = database();
  db.listen(
    channel(),
    (payload) => onWake(payload || null),
    () => onWake(null),
  ).then(
    (stop) => onShutdown({ name: "worker wake-ups", run: stop }),
    (error: unknown) =>
      log.warn("wake-ups not heard; pickups run on their interval", {
        error: error instanceof Error ? error.message : String(error),
      }),
  );
}
