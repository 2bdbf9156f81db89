// The worker role beside the web role, for `npm start` on PostgreSQL (server.mjs). Plain JavaScript because
// server.mjs runs before any TypeScript is loaded. Role all on PostgreSQL runs as two processes: this one
// answers requests and webhooks (the web role) and a child process runs the background work (the worker
// role), so polling and sweeps never hold the one JavaScript thread a webhook acknowledgement waits for.
// The embedded database (PGlite) lives inside one process: there, role all stays one process.

/**
 * How a start with the given role is split. `here`: the role of this process; `child`: whether it
 * supervises a worker process. `oneProcess` (server.mjs --one-process) keeps role all in one process.
 */
export function planRoles({ role, databaseUrl, oneProcess = false }) {
  const asked = role || "all";
  if (asked !== "all" || !databaseUrl || oneProcess) return { here: asked, child: false };
  return { here: "web", child: true };
}

/**
 * Keeps one worker process running: `start()` spawns it (a ChildProcess or anything with `once("exit")`
 * and `kill(signal)`). A worker that exits unexpectedly is started again after a delay that doubles from
 * minDelayMs up to maxDelayMs (back to minDelayMs once one has run for stableMs). `stop()` sends SIGTERM
 * and resolves when it has exited, sending SIGKILL after stopTimeoutMs.
 */
export function superviseWorker({
  start,
  log = console.log,
  minDelayMs = 1_000,
  maxDelayMs = 30_000,
  stableMs = 60_000,
  stopTimeoutMs = 20_000,
  now = Date.now,
  setTimer = setTimeout,
  clearTimer = clearTimeout,
}) {
  let child = null;
  let stopping = false;
  let delay = minDelayMs;
  let restartTimer = null;
  let exited = Promise.resolve();

  const launch = () => {
    restartTimer = null;
    const startedAt = now();
    const proc = start();
    child = proc;
    exited = new Promise((resolve) => {
      proc.once("exit", (code, signal) => {
        child = null;
        resolve();
        if (stopping) return;
        if (now() - startedAt >= stableMs) delay = minDelayMs;
        log(`worker process exited (${signal ?? `code ${code}`}); starting it again in ${delay} ms`);
        restartTimer = setTimer(launch, delay);
        delay = Math.min(delay * 2, maxDelayMs);
      });
    });
  };
  launch();

  return {
    /** The running worker process, or null between a crash and its restart. */
    current: () => child,
    async stop() {
      stopping = true;
      if (restartTimer) clearTimer(restartTimer);
      const proc = child;
      if (!proc) return;
      proc.kill("SIGTERM");
      const kill = setTimer(() => proc.kill("SIGKILL"), stopTimeoutMs);
      await exited;
      clearTimer(kill);
    },
  };
}
