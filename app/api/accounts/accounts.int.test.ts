import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as accounts from "@/app/api/accounts/route";
import * as account from "@/app/api/accounts/[id]/route";
import { connectorForAccount } from "@/lib/accounts/account-connector";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { MarketplaceAuthError, MarketplaceRefusedError } from "@/lib/marketplaces/http/errors";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Connecting, re-checking and disconnecting marketplace accounts through the API, against the simulator
// over real HTTP. Another workspace's account answers exactly like a missing one.

const WB_REFUSAL = "token problem; token is malformed: could not base64 decode signature";

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  a = await createWorkspaceFixture({ name: "Alpha", chats: 2 });
  b = await createWorkspaceFixture({ name: "Beta", chats: 2 });
});
afterAll(async () => {
  await sim.close();
  await db.cleanup();
});
beforeEach(() => sim.control.clearFaults());

const decrypt = (ciphertext: string) => JSON.parse(decryptSecret({ ciphertext, key: env().APP_ENCRYPTION_KEY }));

function connect(body: unknown, userId = a.owner.id) {
  return callRoute(accounts.POST, { method: "POST", url: "http://localhost/api/accounts", body, userId });
}

function connectWb(token: string, userId = a.owner.id) {
  return connect(
    { marketplace: "wildberries", name: "WB test", credentials: { token }, baseUrls: sim.baseUrls.wildberries },
    userId,
  );
}

describe("POST /api/accounts", () => {
  it("refuses a wrong token with the marketplace's own message and stores nothing", async () => {
    const before = await db.prisma.marketplaceAccount.count();
    const res = await connectWb("wrong-token-0123456789");
    expect(res.status).toBe(422);
    expect(res.json.error.message).toBe(WB_REFUSAL);
    // What to check, in both languages: the token's categories and the cabinet page where it is made.
    expect(res.json.error.details.ru).toContain(`«${WB_REFUSAL}»`);
    expect(res.json.error.details.ru).toContain("«Вопросы и отзывы»");
    expect(res.json.error.details.en).toContain("Settings → API access");
    expect(await db.prisma.marketplaceAccount.count()).toBe(before);
  });

  it("checks a right token with a real call, stores it encrypted and answers with a masked hint only", async () => {
    sim.control.clearRequests();
    const res = await connectWb(sim.credentials.wildberries.token);
    expect(res.status).toBe(201);
    expect(res.json.account).toMatchObject({
      marketplace: "wildberries",
      name: { text: "WB test" },
      status: "active",
      credentialsHint: "sim-…6789",
      webhookUrl: null,
    });
    expect(JSON.stringify(res.json)).not.toContain(sim.credentials.wildberries.token);
    const row = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: res.json.account.id } });
    expect(row.workspaceId).toBe(a.workspace.id);
    expect(row.credentialsEnc).not.toContain("sim-wb-token");
    expect(decrypt(row.credentialsEnc)).toEqual({ token: sim.credentials.wildberries.token });
    expect(row.baseUrls).toEqual(sim.baseUrls.wildberries);
    // The check reached the marketplace with this token.
    expect(
      sim.control
        .requests()
        .some((r) => r.path === "/wb-chat/ping" && r.headers.authorization === sim.credentials.wildberries.token),
    ).toBe(true);
  });

  it("answers field errors from the marketplace's schema as 400 with the field's path", async () => {
    const res = await connect({ marketplace: "wildberries", credentials: { token: "short" } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([{ path: "credentials.token", code: "too_small", message: "paste_whole" }]);
    const unknownBase = await connect({
      marketplace: "ozon",
      credentials: sim.credentials.ozon,
      baseUrls: { chat: sim.baseUrls.ozon.api },
    });
    expect(unknownBase.status).toBe(400);
  });

  it("gives webhook marketplaces a secret URL: its SHA-256 and an encrypted copy are stored", async () => {
    const ozon = await connect({ marketplace: "ozon", credentials: sim.credentials.ozon, baseUrls: sim.baseUrls.ozon });
    expect(ozon.status).toBe(201);
    const url: string = ozon.json.account.webhookUrl;
    expect(url).toMatch(/^https?:\/\/[^/]+\/api\/webhooks\/ozon\/[\w-]{43}$/);
    const secret = url.split("/").at(-1)!;
    const row = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: ozon.json.account.id } });
    expect(row.webhookSecretHash).toBe(crypto.createHash("sha256").update(secret).digest("hex"));
    expect(decryptSecret({ ciphertext: row.webhookSecretEnc!, key: env().APP_ENCRYPTION_KEY })).toBe(secret);

    const ym = await connect({
      marketplace: "yandex_market",
      credentials: sim.credentials.yandex_market,
      baseUrls: sim.baseUrls.yandex_market,
    });
    expect(ym.status).toBe(201);
    // Yandex Market appends /notification to the URL the seller enters.
    expect(ym.json.account.webhookUrl).toMatch(/\/api\/webhooks\/yandex_market\/[\w-]{43}$/);
    expect(ym.json.account.webhookUrl).not.toBe(url);
    // No name given: none stored, and the API names the cabinet by its number for the screen to word.
    const { businessId } = sim.credentials.yandex_market;
    expect(ym.json.account.name).toEqual({ code: "business", id: businessId });
    expect((await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: ym.json.account.id } })).name).toBe(
      null,
    );
  });

  it("refuses a seller account the workspace already has, on every marketplace: 409, Russian then English, nothing stored", async () => {
    // Wildberries and Ozon are connected above; Yandex Market too. Avito and Amazon: once, then again.
    for (const m of ["avito", "amazon"] as const) {
      expect(
        (await connect({ marketplace: m, credentials: sim.credentials[m], baseUrls: sim.baseUrls[m] })).status,
      ).toBe(201);
    }
    const before = await db.prisma.marketplaceAccount.count();
    const again = {
      wildberries: await connectWb(sim.credentials.wildberries.token),
      ozon: await connect({
        marketplace: "ozon",
        name: "Ozon again",
        credentials: sim.credentials.ozon,
        baseUrls: sim.baseUrls.ozon,
      }),
      yandex_market: await connect({
        marketplace: "yandex_market",
        credentials: sim.credentials.yandex_market,
        baseUrls: sim.baseUrls.yandex_market,
      }),
      avito: await connect({ marketplace: "avito", credentials: sim.credentials.avito, baseUrls: sim.baseUrls.avito }),
      amazon: await connect({
        marketplace: "amazon",
        credentials: sim.credentials.amazon,
        baseUrls: sim.baseUrls.amazon,
      }),
    };
    for (const [m, res] of Object.entries(again)) {
      expect([m, res.status]).toEqual([m, 409]);
      // Russian on the message, each language in details for the screen to pick, never both in one line.
      expect(res.json.error.message).toMatch(/^Этот аккаунт продавца .+ уже подключён/);
      expect(res.json.error.message).not.toMatch(/[A-Za-z]{4} seller account/);
      expect(res.json.error.details).toMatchObject({ reason: "duplicate_account", ru: res.json.error.message });
      expect(res.json.error.details.en).toMatch(/seller account is already connected/);
      expect(JSON.stringify(res.json)).not.toContain(sim.credentials.wildberries.token);
    }
    expect(again.wildberries.json.error.message).toContain("«WB test»");
    expect(await db.prisma.marketplaceAccount.count()).toBe(before);
    // Identities name the seller; a secret only ever as a hash.
    const keys = (
      await db.prisma.marketplaceAccount.findMany({
        where: { workspaceId: a.workspace.id, identityKey: { not: null } },
        select: { identityKey: true },
      })
    ).map((r) => r.identityKey!);
    expect(keys).toEqual(
      expect.arrayContaining([
        `client:${sim.credentials.ozon.clientId}`,
        `business:${sim.credentials.yandex_market.businessId}`,
        `user:${sim.credentials.avito.userId}`,
      ]),
    );
    expect(keys.join(" ")).not.toContain(sim.credentials.wildberries.token);
    expect(keys.join(" ")).not.toContain(sim.credentials.amazon.refreshToken);
  });

  it("lets another workspace connect the same seller account (workspaces are tenants of their own)", async () => {
    const res = await connectWb(sim.credentials.wildberries.token, b.owner.id);
    expect(res.status).toBe(201);
    expect(
      (await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: res.json.account.id } })).workspaceId,
    ).toBe(b.workspace.id);
  });

  it("is for owners: an operator gets 403 and nothing is stored", async () => {
    const before = await db.prisma.marketplaceAccount.count();
    const res = await connectWb(sim.credentials.wildberries.token, a.operator.id);
    expect(res.status).toBe(403);
    expect(await db.prisma.marketplaceAccount.count()).toBe(before);
  });
});

describe("GET /api/accounts", () => {
  it("lists the member's workspace only, with no credentials, and webhook URLs for owners only", async () => {
    const asOwner = await callRoute(accounts.GET, { userId: a.owner.id });
    expect(asOwner.status).toBe(200);
    const ids = (
      await db.prisma.marketplaceAccount.findMany({ where: { workspaceId: a.workspace.id }, select: { id: true } })
    ).map((r) => r.id);
    expect(asOwner.json.accounts.map((x: { id: string }) => x.id).sort()).toEqual(ids.sort());
    expect(asOwner.json.accounts.some((x: { webhookUrl: string | null }) => x.webhookUrl)).toBe(true);
    const text = JSON.stringify(asOwner.json);
    expect(text).not.toContain("credentialsEnc");
    expect(text).not.toContain("webhookSecret");
    expect(text).not.toContain(sim.credentials.ozon.apiKey);
    expect(text).not.toContain(b.account.id);

    const asOperator = await callRoute(accounts.GET, { userId: a.operator.id });
    expect(asOperator.json.accounts).toHaveLength(ids.length);
    expect(asOperator.json.accounts.every((x: { webhookUrl: string | null }) => x.webhookUrl === null)).toBe(true);
  });
});

describe("PATCH /api/accounts/[id]", () => {
  it("a failing re-check marks the account needs_reauth with the marketplace's message; a new token fixes it", async () => {
    // Workspace Alpha has this seller already: a workspace of its own connects it.
    const c = await createWorkspaceFixture({ name: "Gamma", chats: 0 });
    const connected = await connectWb(sim.credentials.wildberries.token, c.owner.id);
    const id = connected.json.account.id as string;
    const owner = c.owner.id;
    sim.control.addFault({ prefix: "/wb-chat", kind: "status", status: 401, message: "token expired", times: 5 });
    const failed = await callRoute(account.PATCH, { method: "PATCH", params: { id }, body: {}, userId: owner });
    expect(failed.status).toBe(422);
    expect(failed.json.error.message).toBe("token expired");
    expect(await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "NEEDS_REAUTH",
    });
    // The owner's list shows the code with the marketplace's words, to be put into the page's language.
    const listed = await callRoute(accounts.GET, { method: "GET", userId: owner });
    expect(listed.json.accounts.find((x: { id: string }) => x.id === id).lastError).toEqual({
      code: "auth",
      params: { status: 401, vendorMessage: "token expired" },
    });

    sim.control.clearFaults();
    const wrong = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id },
      body: { credentials: { token: "another-wrong-token-123" } },
      userId: owner,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.message).toBe(WB_REFUSAL);
    const kept = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id } });
    expect(decrypt(kept.credentialsEnc)).toEqual({ token: sim.credentials.wildberries.token });

    const fixed = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id },
      body: { credentials: { token: sim.credentials.wildberries.token }, name: "WB renamed" },
      userId: owner,
    });
    expect(fixed.status).toBe(200);
    expect(fixed.json.account).toMatchObject({ status: "active", lastError: null, name: { text: "WB renamed" } });
  });

  it("answers 404 for another workspace's account, exactly like a missing one, and changes nothing", async () => {
    const foreign = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: b.account.id },
      body: { name: "taken over" },
      userId: a.owner.id,
    });
    const missing = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: "does-not-exist" },
      body: { name: "taken over" },
      userId: a.owner.id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toEqual(missing.json.error);
    expect((await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: b.account.id } })).name).toBe(
      "Beta WB",
    );
  });

  it("is for owners", async () => {
    const res = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: a.account.id },
      body: {},
      userId: a.operator.id,
    });
    expect(res.status).toBe(403);
  });
});

describe("DELETE /api/accounts/[id]", () => {
  it("deletes an account without chats outright", async () => {
    const d = await createWorkspaceFixture({ name: "Delta", chats: 0 });
    const id = (await connectWb(sim.credentials.wildberries.token, d.owner.id)).json.account.id as string;
    const res = await callRoute(account.DELETE, { method: "DELETE", params: { id }, userId: d.owner.id });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ deleted: true });
    expect(await db.prisma.marketplaceAccount.findUnique({ where: { id } })).toBeNull();
  });

  it("deletes the credentials of an account with chats but keeps its chats; its connector then refuses", async () => {
    await db.prisma.marketplaceAccount.update({
      where: { id: a.account.id },
      data: { webhookSecretHash: "h", webhookSecretEnc: "e" },
    });
    const res = await callRoute(account.DELETE, { method: "DELETE", params: { id: a.account.id }, userId: a.owner.id });
    expect(res.json).toEqual({ deleted: false });
    const row = await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: a.account.id } });
    expect(row).toMatchObject({
      credentialsEnc: "",
      credentialsHint: "",
      webhookSecretHash: null,
      webhookSecretEnc: null,
      status: "NEEDS_REAUTH",
    });
    expect(await db.prisma.chat.count({ where: { accountId: a.account.id } })).toBe(2);
    expect(() => connectorForAccount({ account: row })).toThrow(MarketplaceAuthError);
    const listed = await callRoute(accounts.GET, { userId: a.owner.id });
    expect(listed.json.accounts.find((x: { id: string }) => x.id === a.account.id).status).toBe("disconnected");
    // A re-check without keys is refused in both languages, the message itself not Russian.
    const keyless = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: a.account.id },
      body: {},
      userId: a.owner.id,
    });
    expect(keyless.status).toBe(422);
    expect(keyless.json.error.details).toMatchObject({
      reason: "disconnected",
      en: "The account is disconnected: connect it again in Settings.",
    });
    expect(keyless.json.error.message).not.toMatch(/[А-Яа-яЁё]/);
    // Reconnecting with a token brings it back; not while that seller is connected as another account here.
    const reconnect = () =>
      callRoute(account.PATCH, {
        method: "PATCH",
        params: { id: a.account.id },
        body: { credentials: { token: sim.credentials.wildberries.token }, baseUrls: sim.baseUrls.wildberries },
        userId: a.owner.id,
      });
    const taken = await reconnect();
    expect(taken.status).toBe(409);
    expect(taken.json.error.message).toContain("«WB test»");
    const other = await db.prisma.marketplaceAccount.findFirstOrThrow({
      where: { workspaceId: a.workspace.id, marketplace: "wildberries", identityKey: { not: null } },
    });
    expect(
      (await callRoute(account.DELETE, { method: "DELETE", params: { id: other.id }, userId: a.owner.id })).json,
    ).toEqual({ deleted: true });
    const back = await reconnect();
    expect(back.status).toBe(200);
    expect(back.json.account.status).toBe("active");
    // Disconnected again, the shell still stands for that seller: a new connection is sent to reconnect it.
    await callRoute(account.DELETE, { method: "DELETE", params: { id: a.account.id }, userId: a.owner.id });
    const fresh = await connectWb(sim.credentials.wildberries.token);
    expect(fresh.status).toBe(409);
    expect(fresh.json.error.message).toMatch(
      /^Этот аккаунт продавца Wildberries уже есть как «Alpha WB», он отключён: подключите его снова/,
    );
    expect(fresh.json.error.details.en).toMatch(
      /^This Wildberries seller account is already here as “Alpha WB”, disconnected/,
    );
  });

  it("answers 404 for another workspace's account and leaves it connected; operators get 403", async () => {
    const foreign = await callRoute(account.DELETE, {
      method: "DELETE",
      params: { id: b.account.id },
      userId: a.owner.id,
    });
    expect(foreign.status).toBe(404);
    expect(
      (await db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: b.account.id } })).credentialsEnc,
    ).not.toBe("");
    const asOperator = await callRoute(account.DELETE, {
      method: "DELETE",
      params: { id: b.account.id },
      userId: b.operator.id,
    });
    expect(asOperator.status).toBe(403);
  });
});

describe("API base URLs and the outbound guard", () => {
  // The simulator runs on 127.0.0.1, which the tests allow explicitly (vitest.config.ts); the same
  // service reached by another name is a request to loopback like any other, and is refused.
  const viaLocalhost = (urls: Record<string, string>) =>
    Object.fromEntries(Object.entries(urls).map(([key, url]) => [key, url.replace("127.0.0.1", "localhost")]));

  it("a base URL resolving to a non-public address is refused when the server calls it: the account is not connected", async () => {
    sim.control.clearRequests();
    const before = await db.prisma.marketplaceAccount.count();
    const res = await connect({
      marketplace: "wildberries",
      name: "WB",
      credentials: { token: sim.credentials.wildberries.token },
      baseUrls: viaLocalhost(sim.baseUrls.wildberries),
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details).toMatchObject({ reason: "refused" });
    expect(sim.control.requests()).toHaveLength(0);
    expect(await db.prisma.marketplaceAccount.count()).toBe(before);
  });

  it("an account stored with a private or metadata base URL is refused at request time, without retries", async () => {
    for (const baseUrls of [
      viaLocalhost(sim.baseUrls.ozon),
      { api: "http://169.254.169.254/latest" },
      { api: "http://10.0.0.1/ozon" },
    ]) {
      const row = await db.prisma.marketplaceAccount.create({
        data: {
          workspaceId: a.workspace.id,
          marketplace: "ozon",
          name: "stored",
          credentialsEnc: encryptSecret({
            plaintext: JSON.stringify(sim.credentials.ozon),
            key: env().APP_ENCRYPTION_KEY,
          }),
          baseUrls,
        },
      });
      sim.control.clearRequests();
      const connector = connectorForAccount({
        account: row,
        runtime: { http: { retries: 3, minRetryDelayMs: 0, maxRetryDelayMs: 0 } },
      });
      await expect(connector.testConnection()).rejects.toBeInstanceOf(MarketplaceRefusedError);
      expect(sim.control.requests()).toHaveLength(0);
    }
  });
});
