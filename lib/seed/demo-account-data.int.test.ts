import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectorForAccount } from "@/lib/accounts/account-connector";
import { encryptSecret } from "@/lib/crypto/credentials";
import { env, resetEnvForTests } from "@/lib/env";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { DEMO_ACCOUNTS, seedDemo } from "@/lib/seed/seed-demo";
import { refreshDemoAccounts } from "@/lib/seed/demo-account-data";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// The demo workspace's accounts work against the simulator on SIMULATOR_URL with no real tokens.

let db: TestDatabase;
let sim: Simulator;
let workspaceId: string;
const saved = process.env.SIMULATOR_URL;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  process.env.SIMULATOR_URL = sim.url;
  resetEnvForTests();
  workspaceId = (await seedDemo()).workspaceId;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.SIMULATOR_URL;
  else process.env.SIMULATOR_URL = saved;
  resetEnvForTests();
  await sim.close();
  await db.cleanup();
});

const sha256 = (s: string) => crypto.createHash("sha256").update(s).digest("hex");

describe("demo accounts", () => {
  it("pass the connection check of all five marketplaces against the simulator", async () => {
    const accounts = await db.prisma.marketplaceAccount.findMany({ where: { workspaceId } });
    expect(accounts).toHaveLength(5);
    for (const account of accounts) {
      // Each names its seller as the connection check does: connecting that seller again is refused.
      await expect(connectorForAccount({ account }).testConnection(), account.marketplace).resolves.toMatchObject({
        ok: true,
        identity: account.identityKey,
      });
    }
    expect(accounts.find((a) => a.marketplace === "wildberries")!.baseUrls).toEqual(sim.baseUrls.wildberries);
  });

  it("carry the README's webhook secrets (hashed and encrypted) where the marketplace pushes", async () => {
    const hashes = Object.fromEntries(
      (await db.prisma.marketplaceAccount.findMany({ where: { workspaceId } })).map((a) => [
        a.marketplace,
        a.webhookSecretHash,
      ]),
    );
    expect(hashes).toEqual({
      wildberries: null,
      ozon: sha256("demo-ozon"),
      yandex_market: sha256("demo-yandex-market"),
      avito: sha256("demo-avito"),
      amazon: null,
    });
  });

  it("seeded by an older version are pointed at the simulator again on the next start", async () => {
    const wb = await db.prisma.marketplaceAccount.findFirstOrThrow({
      where: { workspaceId, marketplace: "wildberries" },
    });
    await db.prisma.marketplaceAccount.update({
      where: { id: wb.id },
      data: {
        credentialsEnc: encryptSecret({
          plaintext: JSON.stringify({ token: "demo-wb-token" }),
          key: env().APP_ENCRYPTION_KEY,
        }),
        baseUrls: { default: "http://127.0.0.1:4010/wb" },
        status: "NEEDS_REAUTH",
      },
    });
    const ozonBefore = await db.prisma.marketplaceAccount.findFirstOrThrow({
      where: { workspaceId, marketplace: "ozon" },
    });
    expect((await seedDemo()).created).toBe(false);
    const fixed = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: wb.id } });
    expect(fixed).toMatchObject({ status: "ACTIVE", baseUrls: sim.baseUrls.wildberries });
    await expect(connectorForAccount({ account: fixed }).testConnection()).resolves.toMatchObject({ ok: true });
    // Up-to-date accounts are not rewritten.
    const ozonAfter = await db.prisma.marketplaceAccount.findFirstOrThrow({
      where: { workspaceId, marketplace: "ozon" },
    });
    expect(ozonAfter.credentialsEnc).toBe(ozonBefore.credentialsEnc);
  });

  it("seeded before seller identities get theirs on the next start, unless that seller was connected again", async () => {
    const find = (marketplace: "wildberries" | "ozon") =>
      db.prisma.marketplaceAccount.findFirstOrThrow({ where: { workspaceId, marketplace } });
    const [wb, ozon] = [await find("wildberries"), await find("ozon")];
    await db.prisma.marketplaceAccount.updateMany({ where: { workspaceId }, data: { identityKey: null } });
    // The owner connected the demo's Ozon seller a second time while the demo account had no identity.
    await db.prisma.marketplaceAccount.create({
      data: { workspaceId, marketplace: "ozon", name: "Ozon again", credentialsEnc: "", identityKey: ozon.identityKey },
    });
    expect((await seedDemo()).created).toBe(false);
    const after = await db.prisma.marketplaceAccount.findMany({ where: { id: { in: [wb.id, ozon.id] } } });
    expect(after.find((a) => a.id === wb.id)!.identityKey).toBe(wb.identityKey);
    expect(after.find((a) => a.id === ozon.id)!.identityKey).toBeNull();
  });

  it("are for the demo workspace only", async () => {
    const other = await createWorkspaceFixture({ name: "Other", chats: 0 });
    await expect(refreshDemoAccounts({ workspaceId: other.workspace.id, accounts: DEMO_ACCOUNTS })).rejects.toThrow(
      /demo workspace only/,
    );
  });
});
