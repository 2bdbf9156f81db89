import { afterEach, describe, expect, it, vi } from "vitest";
import { runShutdownHooks } from "@/lib/server/graceful-shutdown.mjs";
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
    expect(log).toEqual(["shutdown: background jobs did not finish in 15000 ms", "shutdown: webhooks failed: boom", "shutdown: database done"]);
  });

  it("keeps one hook per name (a dev reload registers them again)", async () => {
    const ran: string[] = [];
    onShutdown({ name: "database", run: () => void ran.push("old") });
    onShutdown({ name: "database", run: () => void ran.push("new") });
    await runShutdownHooks({ timeoutMs: 1_000 });
    expect(ran).toEqual(["new"]);
  });
});
