import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "env-"));

describe("parseEnv", () => {
  it("runs the embedded default with nothing set, generating secrets once", () => {
    const dir = tmp();
    const a = parseEnv({ DATA_DIR: dir });
    const b = parseEnv({ DATA_DIR: dir });
    expect(a.DATABASE_URL).toBeUndefined();
    expect(a.APP_ENCRYPTION_KEY).toBe(b.APP_ENCRYPTION_KEY);
    expect(Buffer.from(a.APP_ENCRYPTION_KEY, "base64")).toHaveLength(32);
    expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
  });

  it("names a malformed variable", () => {
    expect(() => parseEnv({ DATA_DIR: tmp(), DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must be a postgres/);
    expect(() => parseEnv({ DATA_DIR: tmp(), APP_ENCRYPTION_KEY: "short" })).toThrow(/APP_ENCRYPTION_KEY must be 32 bytes/);
    expect(() => parseEnv({ DATA_DIR: tmp(), AI_TIMEOUT_MS: "soon" })).toThrow(/AI_TIMEOUT_MS/);
  });

  it("requires real secrets for a production server database, naming each", () => {
    try {
      parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgresql://u@h/db", DATA_DIR: tmp() });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError);
      expect((e as Error).message).toContain("APP_ENCRYPTION_KEY is required");
      expect((e as Error).message).toContain("NEXTAUTH_SECRET is required");
    }
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATA_DIR: tmp(), DATABASE_URL: "", RESEND_API_KEY: "" }).RESEND_API_KEY).toBeUndefined();
  });
});
