import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hashWebhookSecret } from "@/lib/accounts/webhook-secret";
import { demoAccess } from "@/lib/auth/demo-access";
import { verifyPassword } from "@/lib/auth/password";
import { resetEnvForTests } from "@/lib/env";
import { hashIntegrationKey } from "@/lib/review-requests/integration-key";
import { DEMO_LOGIN } from "@/lib/auth/demo-logins";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startServer } from "@/lib/start-server";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The start-up path of every server process (instrumentation.ts), on a test database. Background work
// and the direct webhook path are not what is tested here.
vi.mock("@/lib/jobs/in-process-scheduler", () => ({
  startInProcessScheduler: () => ({ stop: async () => {}, isRunning: () => false }),
}));
vi.mock("@/lib/direct-answers/direct-webhooks", () => ({ registerDirectWebhooks: () => {} }));

const VARS = [
  "NODE_ENV",
  "APP_ENCRYPTION_KEY",
  "NEXTAUTH_SECRET",
  "NEXTAUTH_URL",
  "DEMO_WORKSPACE",
  "DATABASE_URL",
  "INNGEST_EVENT_KEY",
] as const;
const saved = Object.fromEntries(VARS.map((k) => [k, process.env[k]]));
const PRODUCTION = {
  NODE_ENV: "production",
  APP_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
  NEXTAUTH_SECRET: "p".repeat(40),
  NEXTAUTH_URL: "https://inbox.example.com",
};

function useEnv(vars: Record<string, string>) {
  for (const k of VARS) delete process.env[k];
  Object.assign(process.env, vars);
  resetEnvForTests();
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterEach(() => {
  const vars = process.env as Record<string, string | undefined>;
  for (const k of VARS) {
    if (saved[k] === undefined) delete vars[k];
    else vars[k] = saved[k];
  }
  resetEnvForTests();
  vi.restoreAllMocks();
});
afterAll(() => db.cleanup());

async function publicDoors() {
  const owner = await db.prisma.user.findUnique({ where: { email: DEMO_LOGIN.email }, select: { passwordHash: true } });
  return {
    password: owner?.passwordHash
      ? await verifyPassword({ password: DEMO_LOGIN.password, hash: owner.passwordHash })
      : false,
    webhookSecret: await db.prisma.marketplaceAccount.count({
      where: { webhookSecretHash: hashWebhookSecret({ secret: "demo-ozon" }) },
    }),
    posKey: await db.prisma.reviewIntegration.count({ where: { keyHash: hashIntegrationKey("demo-iiko") } }),
  };
}

describe("startServer", () => {
  it("stops a production start without NEXTAUTH_URL, naming it", async () => {
    const { NEXTAUTH_URL: _, ...noUrl } = PRODUCTION;
    useEnv(noUrl);
    const exit = vi.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(startServer()).rejects.toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    expect(error.mock.calls.flat().join("\n")).toContain("NEXTAUTH_URL is required in production");
  });

  it("creates no demo workspace on a production start of the embedded database", async () => {
    useEnv(PRODUCTION);
    vi.spyOn(console, "log").mockImplementation(() => {});
    await startServer();
    expect(await db.prisma.workspace.count({ where: { isDemo: true } })).toBe(0);
    expect(await demoAccess()).toBeNull();
  });

  it("closes the public credentials of a demo workspace left from an earlier start, and opens them again when asked", async () => {
    useEnv({ ...PRODUCTION, DEMO_WORKSPACE: "1" });
    vi.spyOn(console, "log").mockImplementation(() => {});
    await seedDemo();
    expect(await publicDoors()).toEqual({ password: true, webhookSecret: 1, posKey: 1 });

    useEnv(PRODUCTION);
    await startServer();
    expect(await publicDoors()).toEqual({ password: false, webhookSecret: 0, posKey: 0 });
    // The workspace and its data stay; the sign-in page shows no demo credentials.
    expect(await db.prisma.workspace.count({ where: { isDemo: true } })).toBe(1);
    expect(await demoAccess()).toBeNull();

    useEnv({ ...PRODUCTION, DEMO_WORKSPACE: "1" });
    await startServer();
    expect(await publicDoors()).toEqual({ password: true, webhookSecret: 1, posKey: 1 });
    expect(await demoAccess()).toMatchObject({ email: DEMO_LOGIN.email, password: DEMO_LOGIN.password });
  });
});
