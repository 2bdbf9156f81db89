// npm run dev - the app on the embedded database with the demo workspace, signed in automatically.
import { spawn } from "node:child_process";

// No telemetry: these machines have no network but the package registries.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DEMO_AUTO_SIGNIN: process.env.DEMO_AUTO_SIGNIN ?? "1" };
const next = spawn("npx", ["next", "dev", "--port", process.env.PORT ?? "3000"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => next.kill(signal));
next.on("exit", (code) => process.exit(code ?? 0));
