import { logger } from "@/lib/log";

const log = logger("scheduler");

export type Schedule = { id: string; everyMs: number; run: () => Promise<unknown> };

/**
 * The embedded default's stand-in for Inngest crons: each schedule runs every `everyMs`, never
 * overlapping itself, errors logged and retried on the next tick. Started once per process. First
 * runs are staggered, so the schedules do not all hit the database in the same moment every minute.
 */
export function startInProcessScheduler({
  schedules,
  startDelayMs = 2_000,
  staggerMs = 5_000,
}: {
  schedules: Schedule[];
  startDelayMs?: number;
  staggerMs?: number;
}) {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<void>>();
  // Asked to run while running: once more right after (work may have arrived after it looked).
  const again = new Set<string>();
  let stopped = false;

  const tick = (s: Schedule) => {
    if (stopped || running.has(s.id)) return;
    const started = Date.now();
    const run = (async () => {
      try {
        await s.run();
      } catch (error) {
        log.error("schedule failed", { id: s.id, error: error instanceof Error ? error.message : String(error) });
      } finally {
        running.delete(s.id);
        if (again.delete(s.id)) queueMicrotask(() => tick(s));
        const ms = Date.now() - started;
        // Second-level jobs (pickups, polls) may take a few intervals under load: only a real lag is worth a line.
        if (ms > Math.max(s.everyMs, 30_000)) log.warn("schedule slower than its interval", { id: s.id, ms });
      }
    })();
    running.set(s.id, run);
  };

  for (const [index, s] of schedules.entries()) {
    const first = setTimeout(
      () => {
        tick(s);
        const every = setInterval(() => tick(s), s.everyMs);
        every.unref();
        timers.push(every);
      },
      startDelayMs + index * staggerMs,
    );
    first.unref();
    timers.push(first);
  }
  return {
    /** Resolves when no schedule is mid-run. */
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.all(running.values());
    },
    isRunning: (id: string) => running.has(id),
    /** Runs a schedule now, between its intervals (a web instance stored work for it). */
    runNow(id: string) {
      const s = schedules.find((x) => x.id === id);
      if (!s || stopped) return;
      if (running.has(id)) again.add(id);
      else tick(s);
    },
  };
}
