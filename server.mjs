// npm start - the production server: Next.js's request handler on a node:http server, with marketplace
// webhooks answered directly by the same service the route handlers use (lib/direct-answers/direct-webhooks.ts),
// so a burst of pushes is acknowledged without Next.js's per-request pipeline, and bodies declared over
// any route's limit refused with 413 before Next.js reads a byte (lib/direct-answers/direct-requests.ts).
// Usage: node server.mjs [--port 3000] [--hostname 0.0.0.0] [--role web|worker|all] [--one-process]
// (PORT, HOSTNAME and APP_ROLE work too). The role: web answers requests and leaves background work to
// a worker; worker runs the background work (polling, sweeps, reminders, sends) and serves nothing;
// all (the default) does both: on PostgreSQL as this process (web) and a worker process it supervises
// (lib/server/worker-process.mjs), on the embedded database in one process. --one-process keeps role
// all in one process on PostgreSQL too.
import { spawn } from "node:child_process";
import http from "node:http";
import { parseArgs } from "node:util";
import nextEnv from "@next/env";
import { installGracefulShutdown } from "./lib/server/graceful-shutdown.mjs";
import { applyKeepAlive } from "./lib/server/keep-alive.mjs";
import { planRoles, superviseWorker } from "./lib/server/worker-process.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    role: { type: "string" },
    "one-process": { type: "boolean" },
  },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
process.env.NODE_ENV ??= "production";
// The .env files, as Next.js reads them, so DATABASE_URL decides the split before the app starts.
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
const plan = planRoles({
  role: values.role ?? process.env.APP_ROLE,
  databaseUrl: process.env.DATABASE_URL,
  oneProcess: values["one-process"],
});
// Read by lib/env.ts (validated there) when the app starts.
process.env.APP_ROLE = plan.here;
const worker = plan.here === "worker";

const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

if (worker) {
  // app.prepare() ran the app's start-up (instrumentation.ts): migrations and the background work.
  console.log("AgentIQ Inbox worker: background work, no HTTP server");
  const shutdown = installGracefulShutdown({ server: null, close: () => app.close?.() });
  // Started by a web process (role all): it stops when that process goes, even if it was killed.
  if (process.send) process.once("disconnect", () => void shutdown.stopOnce("parent process gone"));
} else {
  // Registered by lib/start-server.ts (instrumentation) once the database is migrated: lib/direct-answers/direct-requests.ts.
  const DIRECT = Symbol.for("agentiq.directRequestHandler");
  const server = http.createServer((req, res) => {
    // The peer's address is appended like a proxy would, so a client cannot pose as another address
    // (lib/auth/client-address.ts reads X-Forwarded-For from the right).
    const forwarded = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = [forwarded, req.socket.remoteAddress].filter(Boolean).join(", ");
    const direct = globalThis[DIRECT];
    if (direct && direct(req, res)) return;
    void handle(req, res);
  });
  applyKeepAlive(server);
  server.listen(port, hostname, () =>
    console.log(`AgentIQ Inbox on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`),
  );
  // SIGTERM/SIGINT: stop accepting, finish in-flight requests (10 s at most), then the current background
  // job and the database (lib/start-server.ts registers them), then exit 0.
  // Role all on PostgreSQL: the background work in a worker process, started once this one has migrated the
  // database. Its own process group (a terminal's Ctrl-C reaches this process, which stops it), with an IPC
  // channel so it stops by itself when this process dies.
  const workerProcess = plan.child
    ? superviseWorker({
        start: () =>
          spawn(process.execPath, [...process.execArgv, process.argv[1], "--role", "worker"], {
            env: { ...process.env, APP_ROLE: "worker" },
            stdio: ["ignore", "inherit", "inherit", "ipc"],
            detached: true,
          }),
      })
    : null;
  installGracefulShutdown({
    server,
    close: async () => {
      await workerProcess?.stop();
      await app.close?.();
    },
  });
}
