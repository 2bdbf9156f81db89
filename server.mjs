// npm start - the production server: Next.js's request handler on a node:http server, with marketplace
// webhooks answered directly by the same service the route handlers use (lib/http/direct-webhooks.ts),
// so a burst of pushes is acknowledged without Next.js's per-request pipeline, and bodies declared over
// any route's limit refused with 413 before Next.js reads a byte (lib/http/direct-requests.ts).
// Usage: node server.mjs [--port 3000] [--hostname 0.0.0.0]   (PORT and HOSTNAME work too, as with next start)
import http from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
process.env.NODE_ENV ??= "production";

const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Registered by lib/start-server.ts (instrumentation) once the database is migrated: lib/http/direct-requests.ts.
const DIRECT = Symbol.for("agentiq.directRequestHandler");
const server = http.createServer((req, res) => {
  const direct = globalThis[DIRECT];
  if (direct && direct(req, res)) return;
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`AgentIQ Inbox on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
