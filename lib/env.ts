import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";
import { LOCAL_SECRETS_FILE, legacySecretsFile, loadLocalSecrets, readLegacySecrets } from "@/lib/env-local-secrets";

import { parseAllowedHost } from "@/lib/allowed-host";

// The only reader of process.env. Parsed lazily (so `next build` does not need runtime secrets)
// and once at start-up from instrumentation.ts, which stops the app naming the bad variable.

const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const bool = (fallback: boolean) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? fallback : v),
    z.union([z.boolean(), z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true")]),
  );

const optionalBool = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.union([z.boolean(), z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true")]).optional(),
);

// "host", "host:port" or "http://host:port", comma-separated.
const allowedHostList = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine(
    (list) => list.every((entry) => parseAllowedHost(entry) !== null),
    "must list hosts as host, host:port or http(s)://host:port, comma-separated",
  );

const encryptionKey = z
  .string()
  .refine((v) => decodeKey(v) !== null, "must be 32 bytes, as 64 hex characters or base64");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    DATA_DIR: z.string().min(1).default(".data"),
    APP_ENCRYPTION_KEY: z.preprocess((v) => (v === "" ? undefined : v), encryptionKey.optional()),
    NEXTAUTH_SECRET: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.string().min(32, "must be at least 32 characters").optional(),
    ),
    NEXTAUTH_URL: optionalUrl,
    // The public demo workspace (fixed password, README webhook secrets and POS keys): only when asked
    // for (npm run dev and the e2e server set it), never by default.
    DEMO_WORKSPACE: bool(false),
    DEMO_AUTO_SIGNIN: bool(false),
    RESEND_API_KEY: optionalString,
    RESEND_BASE_URL: z.url().default("https://api.resend.com"),
    EMAIL_FROM: z.string().default("AgentIQ Inbox <inbox@agentiq.local>"),
    // Account emails (verification, password reset) that no provider sent are appended here as JSON
    // lines: for e2e tests and local development without Resend. Leave unset in production.
    EMAIL_OUTBOX_FILE: optionalString,
    // Reverse proxies in front of the app that append to X-Forwarded-For (sign-in throttling per address).
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    // Which part of the app this process runs (npm start -- --role web|worker|all): the web role answers
    // requests and hands background work to the worker role (polling, sweeps, reminders, sends).
    APP_ROLE: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["web", "worker", "all"]).default("all")),
    // Shared state of several instances (marketplace rate limits, OAuth token refresh); unset: one instance.
    REDIS_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .string()
        .regex(/^rediss?:\/\/\S+$/, "must be a redis:// or rediss:// URL")
        .optional(),
    ),
    INNGEST_EVENT_KEY: optionalString,
    INNGEST_SIGNING_KEY: optionalString,
    INNGEST_BASE_URL: optionalUrl,
    AI_API_KEY: optionalString,
    AI_BASE_URL: z.url().default("https://api.deepseek.com"),
    AI_MODEL: z.string().default("deepseek-chat"),
    AI_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
    SIMULATOR_URL: z.url().default("http://127.0.0.1:4010"),
    // Outbound requests (lib/net/guarded-fetch.ts) never reach loopback, private, link-local or metadata
    // addresses, except these: the simulator's origin when ALLOW_SIMULATOR is on (default: on outside
    // production unless the instance is an explicit demo (DEMO_WORKSPACE), whose accounts use the simulator), and each host in OUTBOUND_ALLOW_HOSTS.
    ALLOW_SIMULATOR: optionalBool,
    OUTBOUND_ALLOW_HOSTS: allowedHostList,
    // Review-request providers' hosts, for a test or staging stand-in; unset means the provider's own.
    // Workspaces cannot choose them. Resend uses RESEND_BASE_URL.
    NOTIFY_SMSRU_BASE_URL: optionalUrl,
    NOTIFY_META_BASE_URL: optionalUrl,
    NOTIFY_EXOLVE_BASE_URL: optionalUrl,
    // Our Avito app (developers.avito.ru) for "Подключить через Авито": the authorization-code flow.
    AVITO_CLIENT_ID: optionalString,
    AVITO_CLIENT_SECRET: optionalString,
  })
  .superRefine((env, ctx) => {
    // The embedded database lives in one process: separate web and worker processes need PostgreSQL.
    if (env.APP_ROLE !== "all" && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_ROLE"],
        message: `${env.APP_ROLE} needs DATABASE_URL (PostgreSQL): the embedded database runs as one process, role all`,
      });
    }
    // A production server brings its own keys (never generated into the data directory or the build)
    // and its public URL (secure cookies, links in emails).
    if (env.NODE_ENV !== "production") return;
    const legacy = readLegacySecrets(env.DATA_DIR);
    for (const key of ["APP_ENCRYPTION_KEY", "NEXTAUTH_SECRET"] as const) {
      if (env[key]) continue;
      const hint = legacy
        ? ` (this install generated one into ${legacySecretsFile(env.DATA_DIR)}: move it into the server's environment so stored credentials stay readable, then delete that file)`
        : "";
      ctx.addIssue({ code: "custom", path: [key], message: `is required in production${hint}` });
    }
    if (!env.NEXTAUTH_URL)
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_URL"],
        message: "is required in production (the app's public URL, e.g. https://inbox.example.com)",
      });
  })
  .transform((env) => ({
    ...env,
    ALLOW_SIMULATOR: env.ALLOW_SIMULATOR ?? (env.NODE_ENV !== "production" || env.DEMO_WORKSPACE),
  }));

export type Env = z.infer<typeof envSchema> & { APP_ENCRYPTION_KEY: string; NEXTAUTH_SECRET: string };

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

export function parseEnv(
  source: Record<string, string | undefined>,
  { localSecretsFile = path.resolve(LOCAL_SECRETS_FILE) }: { localSecretsFile?: string } = {},
): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`));
  }
  const env = result.data;
  if (env.APP_ENCRYPTION_KEY && env.NEXTAUTH_SECRET)
    return { ...env, APP_ENCRYPTION_KEY: env.APP_ENCRYPTION_KEY, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET };
  // Production never gets here (the schema requires both). Tests get keys of their own process;
  // development keeps generated keys in the project's gitignored .env.development.local.
  const generated =
    env.NODE_ENV === "test" ? testSecrets() : loadLocalSecrets({ file: localSecretsFile, dataDir: env.DATA_DIR });
  const generatedKey = generated.APP_ENCRYPTION_KEY;
  if (!env.APP_ENCRYPTION_KEY && decodeKey(generatedKey) === null) {
    throw new EnvError([`APP_ENCRYPTION_KEY in ${localSecretsFile} must be 32 bytes, as 64 hex characters or base64`]);
  }
  return {
    ...env,
    APP_ENCRYPTION_KEY: env.APP_ENCRYPTION_KEY ?? generatedKey,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? generated.NEXTAUTH_SECRET,
  };
}

let testKeys: { APP_ENCRYPTION_KEY: string; NEXTAUTH_SECRET: string } | undefined;

// Per process, kept across resetEnvForTests(), so what a test encrypted stays readable.
function testSecrets() {
  testKeys ??= {
    APP_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  };
  return testKeys;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests swap the environment; production code never calls this. */
export function resetEnvForTests(): void {
  cached = undefined;
}

export function decodeKey(value: string): Buffer | null {
  const buf = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  return buf.length === 32 ? buf : null;
}
