import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterEach, describe, expect, it } from "vitest";

// A real server process receives SIGTERM with a request and a background job under way.
const FIXTURE = path.resolve(import.meta.dirname, "../test/graceful-shutdown-server.ts");

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

function start(dataDir: string) {
  const proc = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  readline.createInterface({ input: proc.stdout! }).on("line", (line) => {
    lines.push(line);
    for (const w of [...waiters]) if (w.test(line)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(line));
  });
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return {
    proc,
    lines,
    exited,
    waitFor: (prefix: string) =>
      new Promise<string>((resolve) => {
        const seen = lines.find((l) => l.startsWith(prefix));
        if (seen) resolve(seen);
        else waiters.push({ test: (l) => l.startsWith(prefix), resolve });
      }),
    send: (command: string) => proc.stdin!.write(`${command}\n`),
  };
}

function get(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/slow", agent: false }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

describe("graceful shutdown", () => {
  it("on SIGTERM stops accepting, finishes the in-flight request and the running job, closes the database, exits 0", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-shutdown-"));
    const server = start(dataDir);
    child = server.proc;
    const port = Number((await server.waitFor("listening ")).split(" ")[1]);
    await server.waitFor("job-started");
    const response = get(port);
    await server.waitFor("request-started");
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(true);

    server.proc.kill("SIGTERM");
    await server.waitFor("log SIGTERM");
    // No new connections...
    await expect(get(port)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    // ...but the one under way is answered.
    server.send("finish-request");
    expect(await response).toEqual({ status: 200, body: "done" });
    // The database waits for the job that was running.
    expect(server.lines.some((l) => l.startsWith("db-closed"))).toBe(false);
    server.send("finish-job");

    expect(await server.exited).toBe(0);
    const order = ["job-done", "db-closed"].map((prefix) => server.lines.findIndex((l) => l.startsWith(prefix)));
    expect(order[0]).toBeGreaterThanOrEqual(0);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(server.lines.find((l) => l.startsWith("db-closed"))).toBe("db-closed lock=false");
    expect(fs.existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
