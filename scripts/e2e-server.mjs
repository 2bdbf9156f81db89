// Serves the production build for the e2e tests on a fresh embedded database in a temporary directory,
// with its own marketplace simulator (port E2E_SIMULATOR_PORT, default 4110) that the demo accounts use.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startSimulatorProcess, waitForSimulator } from "./simulator-process.mjs";

const port = process.argv[2] ?? "3100";
const simulatorUrl = `http://127.0.0.1:${process.env.E2E_SIMULATOR_PORT ?? "4110"}`;
if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first (npm test does).");
  process.exit(1);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-e2e-"));
// Account emails (sign-up confirmation, password reset) land here for the specs to follow (e2e/helpers.ts).
const outbox = path.join(os.tmpdir(), `agentiq-e2e-outbox-${port}.jsonl`);
fs.rmSync(outbox, { force: true });
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DATA_DIR: dataDir,
  // The tests sign in as the demo users and use the README's demo webhook secrets and POS keys.
  DEMO_WORKSPACE: "1",
  // Off: the specs sign in as whom they need. E2E_AUTO_SIGNIN=1 serves it as `npm run dev` does (the first-run spec).
  DEMO_AUTO_SIGNIN: process.env.E2E_AUTO_SIGNIN === "1" ? "1" : "0",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  // A production start needs keys of its own; the throwaway database of this run needs nothing more.
  APP_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
  NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  SIMULATOR_URL: simulatorUrl,
  EMAIL_OUTBOX_FILE: outbox,
  // A production build: the simulator the demo accounts talk to is reachable only when allowed.
  ALLOW_SIMULATOR: "1",
};
delete env.DATABASE_URL;

// The demo's conversations exist in the simulator too; its state lives in this run's temporary directory.
const simulator = startSimulatorProcess({
  url: simulatorUrl,
  appUrl: `http://127.0.0.1:${port}`,
  env,
  output: "none",
  demo: true,
  stateFile: path.join(dataDir, "simulator-state.bin"),
});
let server = null;
const stop = () => {
  simulator.kill("SIGTERM");
  server?.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), process.exit(0)));
simulator.on("exit", (code) => {
  if (server) return; // stopping
  console.error(`The e2e marketplace simulator exited (${code}) before the app started: is ${simulatorUrl} taken?`);
  stop();
  process.exit(1);
});
await waitForSimulator({ url: simulatorUrl });

server = spawn(process.execPath, ["server.mjs", "--port", port, "--hostname", "127.0.0.1"], { stdio: "inherit", env });
server.on("exit", (code) => {
  simulator.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
