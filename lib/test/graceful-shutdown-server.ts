// A server process for lib/server/graceful-shutdown.int.test.ts: the same shutdown wiring as server.mjs and
// lib/start-server.ts (scheduler, then the embedded database) on a plain node:http server. It reports
// on stdout, line by line; the test releases its slow request and slow job through stdin.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import readline from "node:readline";
import { openDatabase } from "@/lib/db";
import { startInProcessScheduler } from "@/lib/jobs/in-process-scheduler";
import { installGracefulShutdown } from "@/lib/server/graceful-shutdown.mjs";
import { onShutdown } from "@/lib/server/shutdown-hooks";

const dataDir = process.argv[2]!;
const report = (line: string) => process.stdout.write(`${line}\n`);
const waiting = new Map<string, () => void>();
const until = (command: string) => new Promise<void>((resolve) => waiting.set(command, resolve));
readline.createInterface({ input: process.stdin }).on("line", (line) => waiting.get(line.trim())?.());

const db = openDatabase({ dataDir });
await db.exec("CREATE TABLE IF NOT EXISTS t (n int)");

const scheduler = startInProcessScheduler({
  startDelayMs: 0,
  schedules: [
    {
      id: "slow-job",
      everyMs: 3_600_000,
      run: async () => (report("job-started"), await until("finish-job"), report("job-done")),
    },
  ],
});
onShutdown({ name: "background jobs", run: () => scheduler.stop() });
onShutdown({
  name: "database",
  run: async () => {
    await db.close();
    report(`db-closed lock=${fs.existsSync(path.join(dataDir, "pglite.lock"))}`);
  },
});

const server = http.createServer(async (_req, res) => {
  report("request-started");
  await until("finish-request");
  res.end("done");
});
server.listen(0, "127.0.0.1", () => report(`listening ${(server.address() as { port: number }).port}`));
installGracefulShutdown({ server, log: (line) => report(`log ${line}`) });
