// CI's dependency check. Two parts:
//  1. Offline, always: the installed production dependency tree matches package.json and the lockfile
//     (`npm ls --omit=dev --all`: nothing missing, invalid or extraneous).
//  2. Known vulnerabilities: `npm audit --omit=dev --audit-level=high`, failing on high or critical.
//     Where the registry refuses the audit endpoint (this build network's registry answers 405) or there
//     is no network, the step says so and passes: CI must not fail on the network. The manual check
//     for that case is in README, "Security".
import { spawnSync } from "node:child_process";

const run = (args) => spawnSync("npm", args, { encoding: "utf8", timeout: 120_000 });

const tree = run(["ls", "--omit=dev", "--all"]);
if (tree.status !== 0) {
  process.stderr.write(tree.stderr || tree.stdout);
  console.error("✖ the installed production dependencies do not match the lockfile (npm ls --omit=dev --all)");
  process.exit(1);
}
console.log("✔ production dependency tree matches the lockfile");

const audit = run(["audit", "--omit=dev", "--audit-level=high"]);
const output = `${audit.stdout ?? ""}${audit.stderr ?? ""}`;
const unavailable =
  audit.error ||
  (/audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|network/i.test(output) &&
    !/vulnerabilit/i.test(output));
if (unavailable) {
  const reason = output.match(/npm warn audit (.+)/)?.[1] ?? (audit.error ? audit.error.message : "no answer");
  console.log(`⚠ npm audit unavailable here (${reason.trim()}): skipped; see README "Security" for the manual check`);
  process.exit(0);
}
process.stdout.write(audit.stdout);
if (audit.status !== 0) {
  console.error("✖ npm audit found high or critical vulnerabilities in production dependencies");
  process.exit(audit.status ?? 1);
}
console.log("✔ npm audit: no high or critical vulnerabilities in production dependencies");
