import { describe, expect, it } from "vitest";
import * as accounts from "@/app/api/accounts/route";
import * as account from "@/app/api/accounts/[id]/route";
import { connectorForAccount } from "@/lib/accounts/account-connector";
import { encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { MarketplaceAuthError, MarketplaceRefusedError } from "@/lib/marketplaces/http/errors";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { accountsWorldPerFile, decrypt, WB_REFUSAL } from "@/lib/test/accounts-world";

// Re-checking and disconnecting marketplace accounts through the API, against the simulator over real HTTP, and
// the outbound guard on the API base URLs an account names. Another workspace's account answers like a missing one.

const w = accountsWorldPerFile();

describe("PATCH /api/accounts/[id]", () => {
  it("a failing re-check marks the account needs_reauth with the marketplace's message; a new token fixes it", async () => {
    // Workspace Alpha has this seller already: a workspace of its own connects it.
    const c = await createWorkspaceFixture({ name: "Gamma", chats: 0 });
    const connected = await w.connectWb(w.sim.credentials.wildberries.token, c.owner.id);
    const id = connected.json.account.id as string;
    const owner = c.owner.id;
    w.sim.control.addFault({ prefix: "/wb-chat", kind: "status", status: 401, message: "token expired", times: 5 });
    const failed = await callRoute(account.PATCH, { method: "PATCH", params: { id }, body: {}, userId: owner });
    expect(failed.status).toBe(422);
    expect(failed.json.error.message).toBe("token expired");
    expect(await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "NEEDS_REAUTH",
    });
    // The owner's list shows the code with the marketplace's words, to be put into the page's language.
    const listed = await callRoute(accounts.GET, { method: "GET", userId: owner });
    expect(listed.json.accounts.find((x: { id: string }) => x.id === id).lastError).toEqual({
      code: "auth",
      params: { status: 401, vendorMessage: "token expired" },
    });

    w.sim.control.clearFaults();
    const wrong = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id },
      body: { credentials: { token: "another-wrong-token-123" } },
      userId: owner,
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.error.message).toBe(WB_REFUSAL);
    const kept = await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id } });
    expect(decrypt(kept.credentialsEnc)).toEqual({ token: w.sim.credentials.wildberries.token });

    const fixed = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id },
      body: { credentials: { token: w.sim.credentials.wildberries.token }, name: "WB renamed" },
      userId: owner,
    });
    expect(fixed.status).toBe(200);
    expect(fixed.json.account).toMatchObject({ status: "active", lastError: null, name: { text: "WB renamed" } });
  });

  it("answers 404 for another workspace's account, exactly like a missing one, and changes nothing", async () => {
    const foreign = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: w.b.account.id },
      body: { name: "taken over" },
      userId: w.a.owner.id,
    });
    const missing = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: "does-not-exist" },
      body: { name: "taken over" },
      userId: w.a.owner.id,
    });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error).toEqual(missing.json.error);
    expect((await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: w.b.account.id } })).name).toBe(
      "Beta WB",
    );
  });

  it("is for owners", async () => {
    const res = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: w.a.account.id },
      body: {},
      userId: w.a.operator.id,
    });
    expect(res.status).toBe(403);
  });
});

describe("DELETE /api/accounts/[id]", () => {
  it("deletes an account without chats outright", async () => {
    const d = await createWorkspaceFixture({ name: "Delta", chats: 0 });
    const id = (await w.connectWb(w.sim.credentials.wildberries.token, d.owner.id)).json.account.id as string;
    const res = await callRoute(account.DELETE, { method: "DELETE", params: { id }, userId: d.owner.id });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ deleted: true });
    expect(await w.db.prisma.marketplaceAccount.findUnique({ where: { id } })).toBeNull();
  });

  it("deletes the credentials of an account with chats but keeps its chats; its connector then refuses", async () => {
    await w.db.prisma.marketplaceAccount.update({
      where: { id: w.a.account.id },
      data: { webhookSecretHash: "h", webhookSecretEnc: "e" },
    });
    const res = await callRoute(account.DELETE, {
      method: "DELETE",
      params: { id: w.a.account.id },
      userId: w.a.owner.id,
    });
    expect(res.json).toEqual({ deleted: false });
    const row = await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: w.a.account.id } });
    expect(row).toMatchObject({
      credentialsEnc: "",
      credentialsHint: "",
      webhookSecretHash: null,
      webhookSecretEnc: null,
      status: "NEEDS_REAUTH",
    });
    expect(await w.db.prisma.chat.count({ where: { accountId: w.a.account.id } })).toBe(2);
    expect(() => connectorForAccount({ account: row })).toThrow(MarketplaceAuthError);
    const listed = await callRoute(accounts.GET, { userId: w.a.owner.id });
    expect(listed.json.accounts.find((x: { id: string }) => x.id === w.a.account.id).status).toBe("disconnected");
    // A re-check without keys is refused in both languages, the message itself not Russian.
    const keyless = await callRoute(account.PATCH, {
      method: "PATCH",
      params: { id: w.a.account.id },
      body: {},
      userId: w.a.owner.id,
    });
    expect(keyless.status).toBe(422);
    expect(keyless.json.error.details).toMatchObject({
      reason: "disconnected",
      en: "The account is disconnected: connect it again in Settings.",
    });
    expect(keyless.json.error.message).not.toMatch(/[А-Яа-яЁё]/);
    // Reconnecting with a token brings it back; not while that seller is connected as another account here.
    expect((await w.connectWb(w.sim.credentials.wildberries.token)).status).toBe(201);
    const reconnect = () =>
      callRoute(account.PATCH, {
        method: "PATCH",
        params: { id: w.a.account.id },
        body: { credentials: { token: w.sim.credentials.wildberries.token }, baseUrls: w.sim.baseUrls.wildberries },
        userId: w.a.owner.id,
      });
    const taken = await reconnect();
    expect(taken.status).toBe(409);
    expect(taken.json.error.message).toContain("«WB test»");
    const other = await w.db.prisma.marketplaceAccount.findFirstOrThrow({
      where: { workspaceId: w.a.workspace.id, marketplace: "wildberries", identityKey: { not: null } },
    });
    expect(
      (await callRoute(account.DELETE, { method: "DELETE", params: { id: other.id }, userId: w.a.owner.id })).json,
    ).toEqual({ deleted: true });
    const back = await reconnect();
    expect(back.status).toBe(200);
    expect(back.json.account.status).toBe("active");
    // Disconnected again, the shell still stands for that seller: a new connection is sent to reconnect it.
    await callRoute(account.DELETE, { method: "DELETE", params: { id: w.a.account.id }, userId: w.a.owner.id });
    const fresh = await w.connectWb(w.sim.credentials.wildberries.token);
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
      params: { id: w.b.account.id },
      userId: w.a.owner.id,
    });
    expect(foreign.status).toBe(404);
    expect(
      (await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: w.b.account.id } })).credentialsEnc,
    ).not.toBe("");
    const asOperator = await callRoute(account.DELETE, {
      method: "DELETE",
      params: { id: w.b.account.id },
      userId: w.b.operator.id,
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
    w.sim.control.clearRequests();
    const before = await w.db.prisma.marketplaceAccount.count();
    const res = await w.connect({
      marketplace: "wildberries",
      name: "WB",
      credentials: { token: w.sim.credentials.wildberries.token },
      baseUrls: viaLocalhost(w.sim.baseUrls.wildberries),
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details).toMatchObject({ reason: "refused" });
    expect(w.sim.control.requests()).toHaveLength(0);
    expect(await w.db.prisma.marketplaceAccount.count()).toBe(before);
  });

  it("an account stored with a private or metadata base URL is refused at request time, without retries", async () => {
    for (const baseUrls of [
      viaLocalhost(w.sim.baseUrls.ozon),
      { api: "http://169.254.169.254/latest" },
      { api: "http://10.0.0.1/ozon" },
    ]) {
      const row = await w.db.prisma.marketplaceAccount.create({
        data: {
          workspaceId: w.a.workspace.id,
          marketplace: "ozon",
          name: "stored",
          credentialsEnc: encryptSecret({
            plaintext: JSON.stringify(w.sim.credentials.ozon),
            key: env().APP_ENCRYPTION_KEY,
          }),
          baseUrls,
        },
      });
      w.sim.control.clearRequests();
      const connector = connectorForAccount({
        account: row,
        runtime: { http: { retries: 3, minRetryDelayMs: 0, maxRetryDelayMs: 0 } },
      });
      await expect(connector.testConnection()).rejects.toBeInstanceOf(MarketplaceRefusedError);
      expect(w.sim.control.requests()).toHaveLength(0);
    }
  });
});
