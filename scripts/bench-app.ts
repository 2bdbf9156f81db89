// Helpers of the ingestion benchmarks: open-loop HTTP load with latency percentiles, a bare node:http
// baseline, and the production server (server.mjs) started and stopped as a child process group.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { latencyPercentiles, timedPost } from "@/lib/test/timed-post";

/**
 * A benchmark of the production server: stops without a build, and makes one-run keys (set in this
 * process's environment, for the data it writes, and returned for the app processes it starts).
 */
export function benchAppKeys(): { KEY: string; AUTH_SECRET: string } {
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.error("No production build: run `npm run build` first.");
    process.exit(1);
  }
  const KEY = crypto.randomBytes(32).toString("base64");
  const AUTH_SECRET = crypto.randomBytes(32).toString("base64url");
  process.env.APP_ENCRYPTION_KEY = KEY;
  process.env.NEXTAUTH_SECRET = AUTH_SECRET;
  // The benchmark's simulator listens on 127.0.0.1 at a random port: allowed explicitly, as a staging server would.
  process.env.OUTBOUND_ALLOW_HOSTS ??= "127.0.0.1";
  return { KEY, AUTH_SECRET };
}

export type Stats = {
  sent: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
  max: number;
  achieved: number;
};

/** Open-loop load: requests start on schedule whether or not earlier ones finished. */
export async function offer({
  url,
  rate,
  seconds,
  body,
}: {
  url: string | ((i: number) => string);
  rate: number;
  seconds: number;
  body: (i: number) => string;
}): Promise<Stats> {
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const pending: Promise<{ status: number; ms: number }>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(timedPost(typeof url === "string" ? url : url(i), body(i)));
  }
  const results = await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  const ok = results.filter((r) => r.status === 200).length;
  return {
    sent: total,
    ok,
    errors: total - ok,
    ...latencyPercentiles(results.map((r) => r.ms)),
    achieved: total / elapsed,
  };
}

export const fmt = (s: Stats) =>
  `p50 ${s.p50.toFixed(1)} ms  p99 ${s.p99.toFixed(1)} ms  max ${s.max.toFixed(1)} ms  ok ${s.ok}/${s.sent}  achieved ${s.achieved.toFixed(0)} req/s`;

export async function bareServer(): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"result":true}');
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, port, close: () => new Promise((r) => server.close(() => r())) };
}

export async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const { port } = probe.address() as { port: number };
  await new Promise((r) => probe.close(r));
  return port;
}

const children = new Set<ChildProcess>();
process.on("exit", () =>
  children.forEach((c) => {
    try {
      process.kill(-c.pid!, "SIGKILL");
    } catch {}
  }),
);

/** The production server (server.mjs) as a child; resolves once it answers (a worker, which serves nothing: at once). */
export function startApp({
  port,
  env,
  role,
  args = [],
  cpuProfileDir,
}: {
  port: number;
  env: Record<string, string | undefined>;
  role?: "web" | "worker";
  args?: string[];
  cpuProfileDir?: string;
}): Promise<ChildProcess> {
  const log = fs.openSync(path.join(os.tmpdir(), `agentiq-bench-app-${role ?? "all"}-${port}.log`), "w");
  const profile = cpuProfileDir ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(cpuProfileDir)] : [];
  const child = spawn(
    process.execPath,
    [
      ...profile,
      "server.mjs",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
      ...(role ? ["--role", role] : []),
      ...args,
    ],
    {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...env },
      stdio: ["ignore", log, log],
      // Its own process group, so stopping it stops anything it started.
      detached: true,
    },
  );
  children.add(child);
  child.once("exit", () => children.delete(child));
  if (role === "worker") return new Promise((resolve) => setTimeout(() => resolve(child), 5_000));
  return new Promise((resolve, reject) => {
    const end = Date.now() + 120_000;
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.ok) return resolve(child);
      } catch {}
      if (Date.now() > end) return reject(new Error("app did not start"));
      setTimeout(poll, 300);
    };
    void poll();
  });
}

export async function stopApp(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
  // next-server may outlive npx by a moment; wait until the group is gone.
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(-child.pid!, "SIGKILL");
}
