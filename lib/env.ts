import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";

import { parseAllowedHost } from "@/lib/net/allowed-host";

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
  .transform((v) => v.split(",").map((entry) => entry.trim()).filter(Boolean))
  .refine((list) => list.every((entry) => parseAllowedHost(entry) !== null), "must list hosts as host, host:port or http(s)://host:port, comma-separated");

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
    NEXTAUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32, "must be at least 32 characters").optional()),
    NEXTAUTH_URL: optionalUrl,
    DEMO_AUTO_SIGNIN: bool(false),
    RESEND_API_KEY: optionalString,
    RESEND_BASE_URL: z.url().default("https://api.resend.com"),
    EMAIL_FROM: z.string().default("AgentIQ Inbox <inbox@agentiq.local>"),
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
    // production, off in production), and each host in OUTBOUND_ALLOW_HOSTS.
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
    // A server deployment must bring its own secrets: a generated key would differ per machine.
    if (env.NODE_ENV === "production" && env.DATABASE_URL) {
      for (const key of ["APP_ENCRYPTION_KEY", "NEXTAUTH_SECRET"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when DATABASE_URL is set in production" });
      }
    }
  })
  .transform((env) => ({ ...env, ALLOW_SIMULATOR: env.ALLOW_SIMULATOR ?? env.NODE_ENV !== "production" }));

export type Env = z.infer<typeof envSchema> & { APP_ENCRYPTION_KEY: string; NEXTAUTH_SECRET: string };

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((i) => `  - ${i}`).join("\n")}\nSee .env.example.`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => `${i.path.join(".") || "(root)"} ${i.message}`));
  }
  const env = result.data;
  const needGenerated = !env.APP_ENCRYPTION_KEY || !env.NEXTAUTH_SECRET;
  const generated = needGenerated ? loadGeneratedSecrets(env.DATA_DIR) : undefined;
  return {
    ...env,
    APP_ENCRYPTION_KEY: env.APP_ENCRYPTION_KEY ?? generated!.APP_ENCRYPTION_KEY,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? generated!.NEXTAUTH_SECRET,
  };
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

const generatedSchema = z.object({ APP_ENCRYPTION_KEY: encryptionKey, NEXTAUTH_SECRET: z.string().min(32) });

// The embedded default needs no setup: secrets are generated once into DATA_DIR and reused, so
// stored credentials stay readable and sessions survive restarts.
function loadGeneratedSecrets(dataDir: string): z.infer<typeof generatedSchema> {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return generatedSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  fs.mkdirSync(dataDir, { recursive: true });
  const secrets = {
    APP_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
  };
  try {
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  } catch (e) {
    // Another process created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    return generatedSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  }
  return secrets;
}
