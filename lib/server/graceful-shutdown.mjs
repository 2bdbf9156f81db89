// Graceful shutdown of the production server (server.mjs), plain JavaScript because server.mjs runs
// before any TypeScript is loaded. On SIGTERM or SIGINT: stop accepting connections, let in-flight
// requests finish (bounded), run the shutdown hooks the app registered (lib/server/shutdown-hooks.ts:
// the in-process scheduler's current job, then the database), each bounded, then exit 0. A second
// signal exits at once.

const HOOKS = Symbol.for("agentiq.shutdownHooks");

/** Resolves once the server has stopped and every connection is closed; forced after timeoutMs. */
export function closeServer({ server, timeoutMs }) {
  // The worker role serves no HTTP.
  if (!server) return Promise.resolve({ forced: false });
  return new Promise((resolve) => {
    let forced = false;
    // Keep-alive connections between requests would hold close() open: close each one as it idles.
    const idle = setInterval(() => server.closeIdleConnections(), 25);
    const force = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(force);
      resolve({ forced });
    });
    server.closeIdleConnections();
  });
}

/** Runs the registered hooks in order, each bounded by timeoutMs; a failing or slow one does not stop the rest. */
export async function runShutdownHooks({ timeoutMs, log = () => {} }) {
  const hooks = globalThis[HOOKS] ?? [];
  for (const hook of hooks) {
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
    try {
      const outcome = await Promise.race([
        Promise.resolve()
          .then(hook.run)
          .then(() => "done"),
        timeout,
      ]);
      log(
        outcome === "timeout"
          ? `shutdown: ${hook.name} did not finish in ${timeoutMs} ms`
          : `shutdown: ${hook.name} done`,
      );
    } catch (error) {
      log(`shutdown: ${hook.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * Installs the SIGTERM/SIGINT handlers. `close` runs after the hooks (e.g. Next.js's app.close()).
 * Resolves the returned promise's `stopped` when the shutdown is complete (tests).
 */
export function installGracefulShutdown({
  server,
  requestTimeoutMs = 10_000,
  hookTimeoutMs = 15_000,
  close = async () => {},
  log = console.log,
  exit = (code) => process.exit(code),
}) {
  let stopping = null;
  const stop = (signal) => {
    if (stopping) {
      log(`${signal} again: exiting now`);
      exit(1);
      return stopping;
    }
    const closing = closeServer({ server, timeoutMs: requestTimeoutMs });
    log(`${signal}: no new connections; finishing in-flight requests and background work, then exiting`);
    stopping = (async () => {
      const { forced } = await closing;
      if (forced) log(`shutdown: requests still running after ${requestTimeoutMs} ms were cut off`);
      await runShutdownHooks({ timeoutMs: hookTimeoutMs, log });
      await Promise.resolve()
        .then(close)
        .catch(() => {});
      exit(0);
    })();
    return stopping;
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop(signal));
  // A reason that is not a signal (the parent process gone): never the "again: exiting now" path.
  const stopOnce = (reason) => stopping ?? stop(reason);
  return { stop, stopOnce };
}
