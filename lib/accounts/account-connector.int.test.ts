import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectorForAccount, markAccountError } from "@/lib/accounts/account-connector";
import { decodeAccountError } from "@/lib/accounts/account-error";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { exchangeAvitoAuthorizationCode } from "@/lib/marketplaces/avito/oauth";
import { MarketplaceAuthError, MarketplaceServerError } from "@/lib/marketplaces/http/errors";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

let db: TestDatabase;
let sim: Simulator;
let fixture: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  fixture = await createWorkspaceFixture({ name: "Alpha", chats: 0 });
});
afterAll(async () => {
  await sim.close();
  await db.cleanup();
});

const key = () => env().APP_ENCRYPTION_KEY;
const stored = async (id: string) =>
  JSON.parse(
    decryptSecret({
      ciphertext: (await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id } })).credentialsEnc,
      key: key(),
    }),
  );

describe("connectorForAccount", () => {
  it("builds the connector from the decrypted credentials and the account's base URLs", async () => {
    const row = await db.prisma.marketplaceAccount.create({
      data: {
        workspaceId: fixture.workspace.id,
        marketplace: "ozon",
        name: "Ozon",
        credentialsEnc: encryptSecret({ plaintext: JSON.stringify(sim.credentials.ozon), key: key() }),
        baseUrls: sim.baseUrls.ozon,
      },
    });
    const check = await connectorForAccount({ account: row }).testConnection();
    expect(check.ok).toBe(true);
    expect(
      sim.control
        .requests()
        .some((r) => r.path.startsWith("/ozon/") && r.headers["api-key"] === sim.credentials.ozon.apiKey),
    ).toBe(true);
  });

  it("re-encrypts rotated Avito refresh tokens into the account as soon as they change", async () => {
    const credentials = await exchangeAvitoAuthorizationCode({
      ...sim.credentials.avito,
      code: "sim-avito-code",
      apiBaseUrl: sim.baseUrls.avito.api,
    });
    const row = await db.prisma.marketplaceAccount.create({
      data: {
        workspaceId: fixture.workspace.id,
        marketplace: "avito",
        name: "Avito",
        credentialsEnc: encryptSecret({ plaintext: JSON.stringify(credentials), key: key() }),
        baseUrls: sim.baseUrls.avito,
      },
    });
    await connectorForAccount({ account: row }).testConnection();
    const rotated = await stored(row.id);
    expect(rotated.refreshToken).not.toBe(credentials.refreshToken);
    expect(sim.state.avito.refreshTokens.has(rotated.refreshToken)).toBe(true);

    // A connector built from the fresh row keeps working; one from the stale row is refused.
    const fresh = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: row.id } });
    await expect(connectorForAccount({ account: fresh }).testConnection()).resolves.toMatchObject({ ok: true });
    const error = await connectorForAccount({ account: row })
      .testConnection()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);

    await markAccountError({ accountId: row.id, error });
    const marked = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: row.id } });
    expect(marked.status).toBe("NEEDS_REAUTH");
    expect(decodeAccountError(marked.lastError)).toMatchObject({
      code: "auth",
      params: { vendorMessage: "refresh token is invalid" },
    });
  });
});

describe("markAccountError", () => {
  it("sets ERROR with the error's code and the marketplace's status and words for anything but an auth refusal", async () => {
    const error = new MarketplaceServerError({
      marketplace: "wildberries",
      message: "wildberries: server error 503: unavailable",
      status: 503,
      vendorMessage: "unavailable",
    });
    const result = await markAccountError({ accountId: fixture.account.id, error });
    const expected = { code: "server", params: { status: 503, vendorMessage: "unavailable" } };
    expect(result).toEqual({ status: "ERROR", error: expected });
    const row = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: fixture.account.id } });
    expect(row.status).toBe("ERROR");
    expect(decodeAccountError(row.lastError)).toEqual(expected);
  });

  it("keeps no exception text: an error that is not the marketplace's is stored as the internal code", async () => {
    await markAccountError({
      accountId: fixture.account.id,
      error: new SyntaxError("Cannot convert demo-nr-ym-1 to a BigInt"),
    });
    const stored = (await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: fixture.account.id } }))
      .lastError;
    expect(stored).not.toContain("BigInt");
    expect(decodeAccountError(stored)).toEqual({ code: "internal", params: {} });
  });
});
