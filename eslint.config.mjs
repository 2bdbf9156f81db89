// ESLint: Next's rules (core-web-vitals, React hooks) and the import boundaries that state the layers
// (README, "Architecture"). `npm run lint` runs it after `tsc --noEmit`.
import nextVitals from "eslint-config-next/core-web-vitals";

// Server-only modules: the database, secrets and the environment. Components receive their values as props
// or through a lib service; they never import these.
const SERVER_ONLY = [
  "./lib/db.ts",
  "./lib/crypto",
  "./lib/env.ts",
  "./lib/env-local-secrets.ts",
  "./lib/redis.ts",
  "./lib/typed-sql.ts",
  "./lib/generated/prisma/client.ts",
];

// The services: every lib domain that uses the marketplaces and the database. The marketplaces layer
// (connectors, their HTTP plumbing, the simulator) sits below them and never imports them.
const SERVICES = [
  "account",
  "accounts",
  "ai",
  "assignment",
  "audit",
  "auth",
  "bulk",
  "direct-answers",
  "email",
  "events",
  "follow-ups",
  "inbox",
  "ingest",
  "jobs",
  "labels",
  "negative-reviews",
  "notifications",
  "notify",
  "reports",
  "review-requests",
  "shop-facts",
  "stream",
  "team",
  "templates",
  "workspace",
].map((d) => `./lib/${d}`);

// A domain's internals are the files in its subfolders; another domain may import only the domain's top-level
// files and the entry files listed here.
const INTERNALS = [
  { domain: "marketplaces", sub: "http", entries: ["errors.ts"] },
  { domain: "marketplaces", sub: "avito", entries: ["oauth.ts", "credentials.ts"] },
  { domain: "marketplaces", sub: "yandex_market", entries: ["client.ts"] },
  { domain: "marketplaces", sub: "wildberries", entries: [] },
  { domain: "marketplaces", sub: "ozon", entries: [] },
  { domain: "marketplaces", sub: "amazon", entries: [] },
  { domain: "marketplaces", sub: "contract", entries: [] },
  // The demo seed builds its world from the simulator's generators.
  {
    domain: "marketplaces",
    sub: "simulator",
    entries: ["random.ts", "negative-reviews.ts", "demo-credentials.ts", "demo-world-types.ts"],
  },
  { domain: "ai", sub: "guardrails", entries: ["check-text.ts", "limits.ts"] },
  { domain: "ai", sub: "outcomes", entries: ["record-draft-outcome.ts", "get-draft-acceptance.ts"] },
  { domain: "ai", sub: "examples", entries: ["find-reply-examples.ts"] },
  { domain: "ai", sub: "classify", entries: [] },
  { domain: "ai", sub: "eval", entries: [] },
  { domain: "ai", sub: "offline", entries: [] },
  { domain: "review-requests", sub: "sources", entries: [] },
];

const internalZones = INTERNALS.map(({ domain, sub, entries }) => ({
  target: [`./lib/!(${domain})/**`, "./lib/*.ts"],
  from: `./lib/${domain}/${sub}`,
  except: entries.map((e) => `./${e}`),
  message: `lib/${domain}/${sub} is internal to lib/${domain}: import the domain's top-level files or its listed entry files.`,
}));

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "lib/test/**", "lib/**/testing/**", "e2e/**"];

const config = [
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "e2e/artifacts/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  {
    rules: {
      // Our regexes strip control characters on purpose and say so where they do.
      "no-control-regex": "error",
    },
  },
  {
    // When the session ends (sign-out, 401) these go to the sign-in page with a full load on purpose: the
    // client cache holds the previous member's data and must not survive into the next session.
    files: [
      "components/account/account-security.tsx",
      "components/accounts/api.ts",
      "components/inbox/composer-send.ts",
      "components/inbox/fetch-json.ts",
      "components/shell/sign-out-button.tsx",
      "components/team/member-row.tsx",
      "components/team/use-team-change.ts",
    ],
    rules: { "@next/next/no-location-assign-relative-destination": "off" },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./components",
              from: SERVER_ONLY,
              message: "Components never import server-only modules (db, crypto, env, redis).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx,mts}"],
    ignores: TESTS,
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./app", "./components"], message: "lib never imports app or components." },
            {
              target: ["./lib/marketplaces", "./lib/db.ts"],
              from: SERVICES,
              message: "The marketplaces and the database sit below the services: they never import them.",
            },
            ...internalZones,
          ],
        },
      ],
    },
  },
];

export default config;
