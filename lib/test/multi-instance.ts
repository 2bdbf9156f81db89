import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import path from "node:path";
import readline from "node:readline";
import { build } from "esbuild";

import { ozonBuyerPush } from "@/lib/test/ozon-push";
import { latencyPercentiles, timedPost } from "@/lib/test/timed-post";

// Several app instances as child processes (scripts/app-instance.ts) on one PostgreSQL schema, and a
// marketplace that delivers pushes to them the way marketplaces do: a delivery that gets no 200 is
// delivered again, to any instance behind the load balancer. Shared by the multi-instance test and
// bench:multi-instance; the other ingestion benchmarks post the same pushes.

export type Instance = {
  role: "web" | "worker";
  child: ChildProcess;
  port: number;
  probeRuns: number;
  exited: Promise<void>;
};

// scripts/app-instance.ts as one module, built once per run: each instance then starts in about a second,
// where tsx would compile the app's modules again in every process. Inside node_modules, so the
// packages it leaves out resolve as the app's own.
const BUNDLE = path.resolve("node_modules/.cache/agentiq/app-instance.mjs");
let bundled: Promise<unknown> | undefined;

function bundle() {
  bundled ??= build({
    entryPoints: ["scripts/app-instance.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: BUNDLE,
    packages: "external",
    // An ES module needs the file name of a package without an exports map.
    alias: { "next/server": "next/server.js" },
    logLevel: "warning",
  });
  return bundled;
}

export async function startInstance({
  role,
  postgres,
  env,
  probeMs,
}: {
  role: "web" | "worker";
  postgres: { url: string; schema: string };
  env: Record<string, string>;
  probeMs?: number;
}): Promise<Instance> {
  await bundle();
  const args = [
    BUNDLE,
    "--role",
    role,
    "--url",
    postgres.url,
    "--schema",
    postgres.schema,
    ...(probeMs ? ["--probe-ms", String(probeMs)] : []),
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, APP_ROLE: role, DATABASE_URL: postgres.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  const instance: Instance = { role, child, port: 0, probeRuns: 0, exited };
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${role} instance did not start: ${stderr}`)), 60_000);
    child.once("exit", (code) => reject(new Error(`${role} instance exited (${code}): ${stderr}`)));
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line === "@@ probe-ran") instance.probeRuns += 1;
      const ready = /^@@ ready (\d+)$/.exec(line);
      if (ready) {
        instance.port = Number(ready[1]);
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return instance;
}

export async function stopInstance(instance: Instance, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill(signal);
  await instance.exited;
}

/**
 * Delivers each body at `rate` per second, round-robin over the web instances that are up, and again
 * (to the next one up) until it gets a 200: a marketplace's retry. `during(i)` runs before delivery i
 * (to kill an instance mid-burst). Returns the first attempts' latencies and how many were retried.
 */
export async function deliver({
  webs,
  path,
  bodies,
  rate,
  during,
}: {
  webs: Instance[];
  path: string;
  bodies: string[];
  rate: number;
  during?: (i: number) => Promise<void> | void;
}) {
  const up = () => webs.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
  const firstMs: number[] = [];
  let retried = 0;
  const started = performance.now();
  const one = async (i: number) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const targets = up();
      const target = targets[(i + attempt) % targets.length]!;
      const r = await timedPost(`http://127.0.0.1:${target.port}${path}`, bodies[i]!);
      if (attempt === 0) firstMs.push(r.ms);
      if (r.status === 200) return;
      retried += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`delivery ${i} was never acknowledged`);
  };
  const pending: Promise<void>[] = [];
  for (let i = 0; i < bodies.length; i++) {
    await during?.(i);
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(one(i));
  }
  await Promise.all(pending);
  const { p50, p99 } = latencyPercentiles(firstMs);
  return { retried, p50, p99, seconds: (performance.now() - started) / 1000, count: bodies.length };
}

/** The message id ozonPush gives push `n` of a run tagged `tag`. */
export const ozonPushId = (tag: string, n: number) => `${tag}${String(n).padStart(8, "0")}`;

/** The push number of delivery i: one delivery in ten repeats the one before (a marketplace's retry of an acknowledged push). */
export const pushNumber = (i: number) => (i % 10 === 9 ? i - 1 : i);

/** An Ozon buyer-message push; `n` names the message, so a repeated n is a duplicate delivery. */
export function ozonPush({ chatId, n, tag, text }: { chatId: string; n: number; tag: string; text?: string }): string {
  return JSON.stringify(
    ozonBuyerPush({
      chatId,
      messageId: ozonPushId(tag, n),
      text: text ?? `Сообщение ${tag}-${n}`,
      createdAt: new Date(Date.UTC(2026, 10, 21, 12, 0, 0) + n * 10),
    }),
  );
}

/**
 * `deliveries` pushes over the chats, tagged `tag`, one in ten a repeat of the one before; `expected` holds
 * the ids of the messages they carry, each once.
 */
export function pushBurst({ chatIds, deliveries, tag }: { chatIds: string[]; deliveries: number; tag: string }) {
  const numbers = Array.from({ length: deliveries }, (_, i) => pushNumber(i));
  return {
    bodies: numbers.map((n) => ozonPush({ chatId: chatIds[n % chatIds.length]!, n, tag })),
    expected: new Set(numbers.map((n) => ozonPushId(tag, n))),
  };
}

/** Two web instances and two workers on one schema; the workers run the probe job every `probeMs`. */
export async function startTwoByTwo({
  postgres,
  env,
  probeMs,
}: {
  postgres: { url: string; schema: string };
  env: Record<string, string>;
  probeMs: number;
}): Promise<[web: Instance, web: Instance, worker: Instance, worker: Instance]> {
  const [webA, webB, workerA, workerB] = await Promise.all([
    startInstance({ role: "web", postgres, env }),
    startInstance({ role: "web", postgres, env }),
    startInstance({ role: "worker", postgres, env, probeMs }),
    startInstance({ role: "worker", postgres, env, probeMs }),
  ]);
  return [webA, webB, workerA, workerB];
}

/**
 * A client of an instance's event stream (scripts/app-instance.ts GET /stream/<workspaceId>) that behaves
 * like the browser's EventSource: it keeps the last id it saw and, when its instance goes away, reconnects
 * to another one that is up, sending that id. `ids` holds every change id received; `resyncs` counts the
 * times the server answered "resync" (the client was too far behind to be replayed).
 */
export function followStream({
  webs,
  first,
  workspaceId,
  after,
}: {
  webs: Instance[];
  first: Instance;
  workspaceId: string;
  after: bigint;
}) {
  const ids = new Set<string>();
  let last = after;
  let resyncs = 0;
  let stopped = false;
  let current: http.ClientRequest | undefined;
  const up = () => webs.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
  const connect = (target: Instance) => {
    if (stopped) return;
    const req = http.get(
      { host: "127.0.0.1", port: target.port, path: `/stream/${workspaceId}?after=${last}` },
      (res) => {
        readSseFrames(res, (frame) => {
          const id = /^id: ?(\d+)$/m.exec(frame)?.[1];
          const event = /^event: ?(\w+)$/m.exec(frame)?.[1];
          if (event === "resync") resyncs += 1;
          if (id && event === "change") ids.add(id);
          if (id && BigInt(id) > last) last = BigInt(id);
        });
        res.on("close", () => reconnect());
      },
    );
    req.on("error", () => reconnect());
    current = req;
  };
  const reconnect = () => {
    if (stopped) return;
    setTimeout(() => {
      const targets = up();
      if (targets.length) connect(targets[0]!);
      else reconnect();
    }, 100);
  };
  connect(first);
  return {
    ids,
    resyncs: () => resyncs,
    stop() {
      stopped = true;
      current?.destroy();
    },
  };
}

/** Calls `onFrame` with each server-sent event frame (the lines between blank lines) of a response, as it arrives. */
export function readSseFrames(res: http.IncomingMessage, onFrame: (frame: string) => void): void {
  let buffer = "";
  res.setEncoding("utf8");
  res.on("data", (chunk: string) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      onFrame(frame);
    }
  });
}
