// npm test - every test: unit and integration (vitest, PGlite), then e2e (Playwright, Chromium)
// against the production build, with the first-load JS budgets checked on that build. Prints each step's time.
import { spawnSync } from "node:child_process";
import { chromiumPath } from "./chromium-path.mjs";

const chromium = chromiumPath();
if (!chromium) {
  console.error(`Chromium not found (looked at CHROMIUM_PATH and /usr/bin/chromium).
The e2e tests drive Debian's Chromium; Playwright's own browser download does not work here.
Install it with:   sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`);
  process.exit(1);
}

const steps = [
  ["unit + integration (PGlite)", "npx", ["vitest", "run"]],
  ["production build", "npm", ["run", "build"]],
  ["first-load JS budgets", "node", ["scripts/first-load-js.mjs", "--check"]],
  ["e2e (Chromium)", "npx", ["playwright", "test"]],
];
const times = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const start = Date.now();
  // Tests never use the developer's database settings; integration tests make their own.
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHROMIUM_PATH: chromium,
    DATABASE_URL: "",
    TEST_DATABASE_URL: "",
  };
  const result = spawnSync(cmd, args, { stdio: "inherit", env });
  times.push(`${name}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed\n${times.join("\n")}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✔ all tests passed\n${times.join("\n")}`);
