// Serves the production build for the e2e tests on a fresh embedded database in a temporary directory.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3100";
if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` first (npm test does).");
  process.exit(1);
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-e2e-"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: dataDir, DEMO_AUTO_SIGNIN: "0", NEXTAUTH_URL: `http://127.0.0.1:${port}` };
delete env.DATABASE_URL;
const server = spawn("npx", ["next", "start", "--port", port, "--hostname", "127.0.0.1"], { stdio: "inherit", env });
const stop = () => {
  server.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), process.exit(0)));
server.on("exit", (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
