import { afterEach, describe, expect, it, vi } from "vitest";
import { installGracefulShutdown, runShutdownHooks } from "@/lib/server/graceful-shutdown.mjs";
import { onShutdown } from "@/lib/server/shutdown-hooks";

const HOOKS = Symbol.for("agentiq.shutdownHooks");
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[HOOKS];
  vi.useRealTimers();
});

describe("runShutdownHooks", () => {
  it("runs every hook in order: a failing or hung one is logged and does not keep the database from closing", async () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    onShutdown({ name: "background jobs", run: () => (ran.push("jobs"), new Promise(() => {})) });
    onShutdown({ name: "webhooks", run: () => (ran.push("webhooks"), Promise.reject(new Error("boom"))) });
    onShutdown({ name: "database", run: () => void ran.push("database") });
    const log: string[] = [];
    const done = runShutdownHooks({ timeoutMs: 15_000, log: (l) => log.push(l) });
    await vi.advanceTimersByTimeAsync(15_000);
    await done;
    expect(ran).toEqual(["jobs", "webhooks", "database"]);
    expect(log).toEqual([
      "shutdown: background jobs did not finish in 15000 ms",
      "shutdown: webhooks failed: boom",
      "shutdown: database done",
    ]);
  });

  it("keeps one hook per name (a dev reload registers them again)", async () => {
    const ran: string[] = [];
    onShutdown({ name: "database", run: () => void ran.push("old") });
    onShutdown({ name: "database", run: () => void ran.push("new") });
    await runShutdownHooks({ timeoutMs: 1_000 });
    expect(ran).toEqual(["new"]);
  });
});

describe("installGracefulShutdown", () => {
  it("stopOnce (the parent process gone) joins a shutdown under way instead of exiting at once", async () => {
    const exits: number[] = [];
    const before = { SIGINT: process.listenerCount("SIGINT"), SIGTERM: process.listenerCount("SIGTERM") };
    const shutdown = installGracefulShutdown({ server: null, log: () => {}, exit: (code) => void exits.push(code) });
    try {
      const first = shutdown.stop("SIGTERM");
      const again = shutdown.stopOnce("parent process gone");
      expect(again).toBe(first);
      await first;
      expect(exits).toEqual([0]);
      // A second signal still means "now".
      shutdown.stop("SIGTERM");
      expect(exits).toEqual([0, 1]);
    } finally {
      for (const signal of ["SIGINT", "SIGTERM"] as const)
        for (const l of process.listeners(signal).slice(before[signal])) process.off(signal, l);
    }
  });
});
