// Starts the marketplace simulator (scripts/simulator.ts, what `npm run simulator` runs) as a child process
// and waits until it answers. Used by scripts/dev.mjs and scripts/e2e-server.mjs.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

/**
 * @param {{ url: string, appUrl: string, traffic?: string, env?: NodeJS.ProcessEnv, output?: "summary" | "none", demo?: boolean, stateFile?: string }} options
 * `appUrl` receives the demo workspace's webhooks (the secrets are fixed: README, "Marketplace accounts").
 * `demo`: the simulator holds the demo workspace's conversations; `stateFile`: its state survives restarts.
 * output "summary" prints the simulator's first line (its address) and its errors, not its full banner.
 */
export function startSimulatorProcess({
  url,
  appUrl,
  traffic = "0",
  env = process.env,
  output = "summary",
  demo = false,
  stateFile,
}) {
  const { hostname, port } = new URL(url);
  const args = [
    "--import",
    "tsx",
    "scripts/simulator.ts",
    "--host",
    hostname,
    "--port",
    port || "80",
    "--traffic",
    traffic,
    "--webhook",
    `ozon=${appUrl}/api/webhooks/ozon/demo-ozon`,
    "--webhook",
    `yandex_market=${appUrl}/api/webhooks/yandex_market/demo-yandex-market`,
    "--webhook",
    `avito=${appUrl}/api/webhooks/avito/demo-avito`,
    ...(demo ? ["--demo"] : []),
    ...(stateFile ? ["--state-file", stateFile] : []),
  ];
  // Node itself, not npm/npx: one process, so stopping it is one signal.
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", output === "none" ? "ignore" : "inherit"],
    env,
  });
  if (output === "summary") {
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (/^(Marketplace simulator on|Buyer traffic|State restored)/.test(line)) {
        const note =
          traffic === "0" && line.startsWith("Marketplace simulator on")
            ? " (buyer traffic off: SIMULATOR_TRAFFIC=6 turns it on)"
            : "";
        console.log(`  ${line}${note}`);
      }
    });
  } else {
    child.stdout.resume();
  }
  return child;
}

/** Resolves once GET {url}/_sim answers, or rejects after `timeoutMs`. */
export async function waitForSimulator({ url, timeoutMs = 30_000 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/_sim`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The marketplace simulator did not start on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
