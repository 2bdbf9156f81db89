// npm run dev - the app on the embedded database with the demo workspace (DEMO_WORKSPACE=1), signed in automatically, plus
// the marketplace simulator its demo accounts talk to (SIMULATOR_URL, default http://127.0.0.1:4010).
//   SIMULATOR_TRAFFIC=6 npm run dev   buyers write 6 messages a minute (default 0: quiet)
//   SIMULATOR=0 npm run dev           no simulator (one is already running, or SIMULATOR_URL is elsewhere)
import { spawn } from "node:child_process";
import path from "node:path";
import { startSimulatorProcess } from "./simulator-process.mjs";

const port = process.env.PORT ?? "3000";
const simulatorUrl = new URL(process.env.SIMULATOR_URL || "http://127.0.0.1:4010").origin;
// No telemetry: these machines have no network but the package registries.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  DEMO_WORKSPACE: process.env.DEMO_WORKSPACE ?? "1",
  DEMO_AUTO_SIGNIN: process.env.DEMO_AUTO_SIGNIN ?? "1",
  SIMULATOR_URL: simulatorUrl,
  // next-auth's own address (callbacks, cookies); without it every sign-in warns on the console.
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  // The guarded outbound client may call the simulator (lib/env.ts; on by default outside production anyway).
  ALLOW_SIMULATOR: process.env.ALLOW_SIMULATOR ?? "1",
};

let simulator = null;
if (process.env.SIMULATOR !== "0") {
  simulator = startSimulatorProcess({
    url: simulatorUrl,
    appUrl: `http://127.0.0.1:${port}`,
    traffic: process.env.SIMULATOR_TRAFFIC ?? "0",
    env,
    // The demo's chats, reviews and questions exist there too, and what was sent survives a restart.
    demo: env.DEMO_WORKSPACE !== "0",
    stateFile: path.join(process.env.DATA_DIR || ".data", "simulator-state.bin"),
  });
  simulator.on("exit", (code) => {
    simulator = null;
    if (code)
      console.warn(
        `\n  The marketplace simulator stopped (exit ${code}); is ${simulatorUrl} taken? The app keeps running; SIMULATOR=0 skips it.\n`,
      );
  });
}
const next = spawn("npx", ["next", "dev", "--port", port], { stdio: "inherit", env });
const stopSimulator = () => simulator?.kill("SIGTERM");
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopSimulator();
    next.kill(signal);
  });
}
process.on("exit", stopSimulator);
next.on("exit", (code) => {
  stopSimulator();
  process.exit(code ?? 0);
});
