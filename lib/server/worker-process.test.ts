import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { planRoles, superviseWorker } from "@/lib/server/worker-process.mjs";

describe("planRoles", () => {
  it("splits role all into web + a worker process on PostgreSQL only", () => {
    const pg = "postgresql://postgres@127.0.0.1:5432/app";
    expect(planRoles({ role: undefined, databaseUrl: pg })).toEqual({ here: "web", child: true });
    expect(planRoles({ role: "all", databaseUrl: pg })).toEqual({ here: "web", child: true });
    // The embedded database lives in one process; --one-process asks for one process on PostgreSQL too.
    expect(planRoles({ role: "all", databaseUrl: "" })).toEqual({ here: "all", child: false });
    expect(planRoles({ role: undefined, databaseUrl: undefined })).toEqual({ here: "all", child: false });
    expect(planRoles({ role: "all", databaseUrl: pg, oneProcess: true })).toEqual({ here: "all", child: false });
    // An explicit role is kept as it is.
    expect(planRoles({ role: "web", databaseUrl: pg })).toEqual({ here: "web", child: false });
    expect(planRoles({ role: "worker", databaseUrl: pg })).toEqual({ here: "worker", child: false });
  });
});

class FakeWorker extends EventEmitter {
  signals: string[] = [];
  kill(signal: string) {
    this.signals.push(signal);
    return true;
  }
  exit(code: number | null, signal: string | null = null) {
    this.emit("exit", code, signal);
  }
}

function harness() {
  let clock = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const workers: FakeWorker[] = [];
  const log: string[] = [];
  const supervisor = superviseWorker({
    start: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    log: (line) => log.push(line),
    minDelayMs: 1_000,
    maxDelayMs: 4_000,
    stableMs: 60_000,
    stopTimeoutMs: 20_000,
    now: () => clock,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: clock + ms, fn, id });
      return id;
    },
    clearTimer: (id: never) => {
      const i = timers.findIndex((t) => t.id === (id as unknown as number));
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const advance = (ms: number) => {
    clock += ms;
    for (const t of timers.filter((t) => t.at <= clock)) {
      timers.splice(timers.indexOf(t), 1);
      t.fn();
    }
  };
  return { supervisor, workers, log, advance, pending: () => timers.length };
}

describe("superviseWorker", () => {
  it("starts a crashed worker again with a doubling delay, reset after a stable run", () => {
    const { supervisor, workers, log, advance } = harness();
    expect(workers).toHaveLength(1);
    workers[0]!.exit(1);
    expect(supervisor.current()).toBeNull();
    advance(999);
    expect(workers).toHaveLength(1);
    advance(1);
    expect(workers).toHaveLength(2);
    workers[1]!.exit(null, "SIGKILL");
    advance(1_999);
    expect(workers).toHaveLength(2);
    advance(1);
    expect(workers).toHaveLength(3);
    workers[2]!.exit(1);
    advance(4_000);
    workers[3]!.exit(1);
    advance(4_000); // capped at maxDelayMs
    expect(workers).toHaveLength(5);
    // A worker that ran long enough resets the delay.
    advance(60_000);
    workers[4]!.exit(1);
    advance(1_000);
    expect(workers).toHaveLength(6);
    expect(log[0]).toContain("code 1");
    expect(log[1]).toContain("SIGKILL");
  });

  it("stop() sends SIGTERM, waits for the exit and starts nothing after it", async () => {
    const { supervisor, workers, advance, pending } = harness();
    const stopped = supervisor.stop();
    expect(workers[0]!.signals).toEqual(["SIGTERM"]);
    let done = false;
    void stopped.then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    workers[0]!.exit(0);
    await stopped;
    advance(120_000);
    expect(workers).toHaveLength(1);
    expect(pending()).toBe(0);
  });

  it("a worker that ignores SIGTERM gets SIGKILL after the timeout", async () => {
    const { supervisor, workers, advance } = harness();
    const stopped = supervisor.stop();
    advance(20_000);
    expect(workers[0]!.signals).toEqual(["SIGTERM", "SIGKILL"]);
    workers[0]!.exit(null, "SIGKILL");
    await stopped;
  });

  it("stop() between a crash and its restart cancels the restart", async () => {
    const { supervisor, workers, advance } = harness();
    workers[0]!.exit(1);
    await supervisor.stop();
    advance(60_000);
    expect(workers).toHaveLength(1);
  });
});
