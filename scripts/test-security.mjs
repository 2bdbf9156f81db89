// npm run test:security - the security suite alone: each finding of the security audit has its tests here
// (they also run in `npm test`, and the integration ones again on PostgreSQL in CI). The e2e part needs a
// production build (`npm run build`) and is skipped with a note without one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const SUITE = [
  // Outbound requests: one guarded client, provider hosts are server configuration, summarised answers.
  "lib/net/guarded-fetch.test.ts",
  "lib/net/outbound-policy.test.ts",
  "lib/net/clean-text.test.ts",
  "lib/notify/http-request.test.ts",
  "lib/notify/resend-email.test.ts",
  "lib/accounts/base-urls.test.ts",
  "app/api/review-settings/provider-hosts.int.test.ts",
  "app/api/accounts/accounts.int.test.ts",
  // Text no database stores (NUL, lone surrogates); one tenant's batch never fails another's.
  "lib/group-commit.test.ts",
  "lib/http/unsafe-text.test.ts",
  "lib/ingest/unsafe-text-webhooks.int.test.ts",
  "lib/ingest/unsafe-text-marketplace.int.test.ts",
  "lib/ingest/webhook-batch-isolation.int.test.ts",
  "lib/review-requests/sweep-isolation.int.test.ts",
  "lib/follow-ups/sweep-isolation.int.test.ts",
  "app/api/webhook/unsafe-text.int.test.ts",
  "lib/http/unsafe-text-routes.int.test.ts",
  // Demo only when asked for; keys and NEXTAUTH_URL required in production.
  "lib/start-server.int.test.ts",
  "lib/env.test.ts",
  // Off-boarding, sessions, throttling, no enumeration, email verification.
  "app/api/members/members.int.test.ts",
  "app/api/account/account.int.test.ts",
  "lib/auth/password.test.ts",
  // Body limits, same-origin checks, redirects, headers.
  "lib/direct-answers/body-limits.int.test.ts",
  "lib/http/csrf.int.test.ts",
  "lib/auth/safe-callback-path.test.ts",
  "app/sign-in/page.test.ts",
  "lib/http/security-headers.test.ts",
  // Stuck replies and graceful shutdown.
  "lib/inbox/settle-stuck-replies.int.test.ts",
  "lib/server/graceful-shutdown.test.ts",
  "lib/server/graceful-shutdown.int.test.ts",
  // Tenant isolation and sessions on every route.
  "app/api/tenant-isolation.int.test.ts",
  "app/api/routes-require-session.int.test.ts",
  "lib/http/csrf-routes.int.test.ts",
  // Team operations: labels, bulk actions (drill-down scope, caps, jobs that cannot run), the sweep.
  "lib/labels/labels.int.test.ts",
  "lib/bulk/bulk-jobs.int.test.ts",
  "lib/assignment/sweep-team-queues.int.test.ts",
  // Live stream: workspace scope, replay, presence, per-member caps, one stream's failure its own.
  "lib/stream/event-stream.int.test.ts",
  // Reports: operators see their own figures, ranges and time zones the database can hold, CSV cells.
  "app/api/reports/reports.int.test.ts",
  "lib/reports/backfill-response-waits.int.test.ts",
  "components/reports/report-format.test.ts",
  "lib/inbox/buyer-panel.int.test.ts",
];

const missing = SUITE.filter((file) => !fs.existsSync(file));
if (missing.length) {
  console.error(`Security suite files missing:\n${missing.join("\n")}`);
  process.exit(1);
}
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const unit = spawnSync("npx", ["vitest", "run", ...SUITE], { stdio: "inherit", env });
if (unit.status !== 0) process.exit(unit.status ?? 1);
if (!fs.existsSync(".next/BUILD_ID")) {
  console.log("\ne2e/security skipped: no production build (run `npm run build` first).");
  process.exit(0);
}
const e2e = spawnSync("npx", ["playwright", "test", "e2e/security"], { stdio: "inherit", env });
process.exit(e2e.status ?? 1);
