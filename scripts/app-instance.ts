// One app instance of a given role on a shared PostgreSQL database, without Next.js: the web role
// answers marketplace webhooks with the production server's direct handler (lib/direct-answers/direct-requests.ts),
// the worker role runs the job list's in-process schedule (lib/jobs/start-background-work.ts). For the
// multi-instance test and bench:multi-instance, which start several of these as child processes.
// Usage: tsx scripts/app-instance.ts --role web|worker --url postgresql://... [--schema s] [--port 0]
//        [--probe-ms N]  (a scheduled job that only counts its runs: "@@ probe-ran" on stdout)
// The web role also serves GET /stream/<workspaceId>?after=<id>: the member event stream
// (lib/stream/open-event-stream.ts) without a session, so the test can count what every stream received.
// Reports on stdout: "@@ ready <port>" once serving (worker: port 0). Environment: as the app's (APP_ROLE,
// APP_ENCRYPTION_KEY ...), read by lib/env.ts.
import http from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { parseArgs } from "node:util";
import { openDatabase, setDatabaseForTests } from "@/lib/db";
import { handleDirectRequest } from "@/lib/direct-answers/direct-requests";
import { startInProcessScheduler } from "@/lib/jobs/in-process-scheduler";
import { JOBS } from "@/lib/job-list";
import type { Job } from "@/lib/jobs/job";
import { inProcessSchedules } from "@/lib/jobs/start-background-work";
import { registerDomainSubscribers } from "@/lib/domain-subscribers";
import { openEventStream } from "@/lib/stream/open-event-stream";
import { startStreamListener } from "@/lib/stream/stream-hub";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    url: { type: "string" },
    schema: { type: "string" },
    port: { type: "string", default: "0" },
    "probe-ms": { type: "string" },
  },
});
const role = values.role;
if ((role !== "web" && role !== "worker") || !values.url)
  throw new Error("usage: --role web|worker --url postgresql://...");
const report = (line: string) => process.stdout.write(`@@ ${line}\n`);

const db = openDatabase({ url: values.url, schema: values.schema });
setDatabaseForTests(db);
registerDomainSubscribers();

function serveStream(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
  const workspaceId = url.pathname.slice("/stream/".length);
  const after = url.searchParams.get("after");
  const abort = new AbortController();
  req.on("close", () => abort.abort());
  const stream = openEventStream({
    workspaceId,
    userId: "stream-probe",
    lastEventId: after && /^\d{1,18}$/.test(after) ? BigInt(after) : null,
    signal: abort.signal,
    sessionValid: async () => true,
  });
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  Readable.fromWeb(stream as WebReadableStream<Uint8Array>).pipe(res);
}

if (role === "web") {
  await startStreamListener();
  const server = http.createServer((req, res) => {
    if (handleDirectRequest(req, res)) return;
    const url = new URL(req.url ?? "/", "http://instance");
    if (req.method === "GET" && url.pathname.startsWith("/stream/")) return serveStream(req, res, url);
    res.writeHead(404).end();
  });
  server.listen(Number(values.port), "127.0.0.1", () => report(`ready ${(server.address() as { port: number }).port}`));
} else {
  const probeMs = Number(values["probe-ms"] ?? 0);
  const probe: Job[] = probeMs ? [{ id: "probe", everyMs: probeMs, run: async () => report("probe-ran") }] : [];
  const scheduler = startInProcessScheduler({
    schedules: inProcessSchedules({ role: "worker", jobs: [...JOBS, ...probe] }),
    startDelayMs: 0,
    staggerMs: 200,
  });
  report("ready 0");
  process.on(
    "SIGTERM",
    () =>
      void scheduler
        .stop()
        .then(() => db.close())
        .then(() => process.exit(0)),
  );
}
