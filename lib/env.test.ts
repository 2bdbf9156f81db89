import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "env-"));
// Each test's own project root, so nothing is written into the repository's .env.development.local.
const dev = () => {
  const root = tmp();
  return { root, dataDir: path.join(root, ".data"), localSecretsFile: path.join(root, ".env.development.local") };
};
const PROD_KEYS = {
  APP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  NEXTAUTH_SECRET: "s".repeat(40),
  NEXTAUTH_URL: "https://inbox.example.com",
};

function issues(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EnvError);
    return (e as Error).message;
  }
  throw new Error("expected an EnvError");
}

describe("parseEnv", () => {
  it("runs development with nothing set, generating keys once outside the data directory", () => {
    const { root, dataDir, localSecretsFile } = dev();
    const a = parseEnv({ DATA_DIR: dataDir }, { localSecretsFile });
    const b = parseEnv({ DATA_DIR: dataDir }, { localSecretsFile });
    expect(a.DATABASE_URL).toBeUndefined();
    expect(a.APP_ENCRYPTION_KEY).toBe(b.APP_ENCRYPTION_KEY);
    expect(a.NEXTAUTH_SECRET).toBe(b.NEXTAUTH_SECRET);
    expect(Buffer.from(a.APP_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(fs.statSync(localSecretsFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(localSecretsFile, "utf8")).toContain(`APP_ENCRYPTION_KEY="${a.APP_ENCRYPTION_KEY}"`);
    // Nothing in the data directory (nor anywhere else under the root).
    expect(fs.existsSync(path.join(dataDir, "secrets.json"))).toBe(false);
    expect(fs.readdirSync(root)).toEqual([".env.development.local"]);
  });

  it("moves keys an older install generated into DATA_DIR/secrets.json, once, so stored credentials stay readable", () => {
    const { dataDir, localSecretsFile } = dev();
    fs.mkdirSync(dataDir, { recursive: true });
    const old = { APP_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"), NEXTAUTH_SECRET: "n".repeat(43) };
    fs.writeFileSync(path.join(dataDir, "secrets.json"), JSON.stringify(old));
    const env = parseEnv({ DATA_DIR: dataDir }, { localSecretsFile });
    expect(env.APP_ENCRYPTION_KEY).toBe(old.APP_ENCRYPTION_KEY);
    expect(env.NEXTAUTH_SECRET).toBe(old.NEXTAUTH_SECRET);
    expect(fs.existsSync(path.join(dataDir, "secrets.json"))).toBe(false);
    expect(parseEnv({ DATA_DIR: dataDir }, { localSecretsFile }).APP_ENCRYPTION_KEY).toBe(old.APP_ENCRYPTION_KEY);
  });

  it("keeps other lines of an existing .env.development.local", () => {
    const { dataDir, localSecretsFile } = dev();
    fs.writeFileSync(localSecretsFile, 'AI_MODEL="x"\n');
    const env = parseEnv({ DATA_DIR: dataDir }, { localSecretsFile });
    const text = fs.readFileSync(localSecretsFile, "utf8");
    expect(text).toContain('AI_MODEL="x"');
    expect(text).toContain(env.NEXTAUTH_SECRET);
  });

  it("gives tests keys of their own process, written nowhere", () => {
    const { root, dataDir, localSecretsFile } = dev();
    const a = parseEnv({ NODE_ENV: "test", DATA_DIR: dataDir }, { localSecretsFile });
    expect(parseEnv({ NODE_ENV: "test", DATA_DIR: dataDir }, { localSecretsFile }).APP_ENCRYPTION_KEY).toBe(
      a.APP_ENCRYPTION_KEY,
    );
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it("names a malformed variable", () => {
    const { dataDir, localSecretsFile } = dev();
    expect(() => parseEnv({ DATA_DIR: dataDir, DATABASE_URL: "mysql://x" }, { localSecretsFile })).toThrow(
      /DATABASE_URL must be a postgres/,
    );
    expect(() => parseEnv({ DATA_DIR: dataDir, APP_ENCRYPTION_KEY: "short" }, { localSecretsFile })).toThrow(
      /APP_ENCRYPTION_KEY must be 32 bytes/,
    );
    expect(() => parseEnv({ DATA_DIR: dataDir, AI_TIMEOUT_MS: "soon" }, { localSecretsFile })).toThrow(/AI_TIMEOUT_MS/);
  });

  it.each([
    ["the embedded database", {}],
    ["PostgreSQL", { DATABASE_URL: "postgresql://u@h/db" }],
  ])("stops a production start on %s without keys or public URL, naming each, and generates nothing", (_, extra) => {
    const { root, dataDir, localSecretsFile } = dev();
    const message = issues(() =>
      parseEnv({ NODE_ENV: "production", DATA_DIR: dataDir, ...extra }, { localSecretsFile }),
    );
    expect(message).toContain("APP_ENCRYPTION_KEY is required in production");
    expect(message).toContain("NEXTAUTH_SECRET is required in production");
    expect(message).toContain("NEXTAUTH_URL is required in production");
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it("names only what a production start is missing", () => {
    const { dataDir, localSecretsFile } = dev();
    const { NEXTAUTH_URL: _, ...noUrl } = PROD_KEYS;
    const message = issues(() =>
      parseEnv({ NODE_ENV: "production", DATA_DIR: dataDir, ...noUrl }, { localSecretsFile }),
    );
    expect(message).toContain("NEXTAUTH_URL is required");
    expect(message).not.toContain("APP_ENCRYPTION_KEY");
    const ok = parseEnv({ NODE_ENV: "production", DATA_DIR: dataDir, ...PROD_KEYS }, { localSecretsFile });
    expect(ok.APP_ENCRYPTION_KEY).toBe(PROD_KEYS.APP_ENCRYPTION_KEY);
  });

  it("points a production install whose keys are still in DATA_DIR/secrets.json at them, without using them", () => {
    const { dataDir, localSecretsFile } = dev();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(
      path.join(dataDir, "secrets.json"),
      JSON.stringify({ APP_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"), NEXTAUTH_SECRET: "x".repeat(40) }),
    );
    const message = issues(() =>
      parseEnv(
        { NODE_ENV: "production", DATA_DIR: dataDir, NEXTAUTH_URL: PROD_KEYS.NEXTAUTH_URL },
        { localSecretsFile },
      ),
    );
    expect(message).toMatch(
      /APP_ENCRYPTION_KEY is required in production \(this install generated one into .*secrets\.json/,
    );
  });

  it("has the demo workspace off unless asked for", () => {
    const { dataDir, localSecretsFile } = dev();
    expect(parseEnv({ DATA_DIR: dataDir }, { localSecretsFile }).DEMO_WORKSPACE).toBe(false);
    expect(
      parseEnv({ NODE_ENV: "production", DATA_DIR: dataDir, ...PROD_KEYS }, { localSecretsFile }).DEMO_WORKSPACE,
    ).toBe(false);
    expect(parseEnv({ DATA_DIR: dataDir, DEMO_WORKSPACE: "1" }, { localSecretsFile }).DEMO_WORKSPACE).toBe(true);
  });

  it("treats empty strings as unset", () => {
    const { dataDir, localSecretsFile } = dev();
    expect(
      parseEnv({ DATA_DIR: dataDir, DATABASE_URL: "", RESEND_API_KEY: "" }, { localSecretsFile }).RESEND_API_KEY,
    ).toBeUndefined();
  });

  it("runs both roles by default; separate web and worker roles need PostgreSQL", () => {
    const { dataDir, localSecretsFile } = dev();
    const pg = "postgresql://u@127.0.0.1:5432/db";
    expect(parseEnv({ DATA_DIR: dataDir }, { localSecretsFile }).APP_ROLE).toBe("all");
    expect(parseEnv({ DATA_DIR: dataDir, APP_ROLE: "worker", DATABASE_URL: pg }, { localSecretsFile }).APP_ROLE).toBe(
      "worker",
    );
    expect(issues(() => parseEnv({ DATA_DIR: dataDir, APP_ROLE: "web" }, { localSecretsFile }))).toContain(
      "APP_ROLE web needs DATABASE_URL",
    );
    expect(
      issues(() => parseEnv({ DATA_DIR: dataDir, APP_ROLE: "both", DATABASE_URL: pg }, { localSecretsFile })),
    ).toContain("APP_ROLE");
    expect(issues(() => parseEnv({ DATA_DIR: dataDir, REDIS_URL: "127.0.0.1:6379" }, { localSecretsFile }))).toContain(
      "REDIS_URL must be a redis://",
    );
  });
});
