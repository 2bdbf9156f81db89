import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import * as accounts from "@/app/api/accounts/route";
import * as account from "@/app/api/accounts/[id]/route";
import { decryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import { callRoute } from "@/lib/test/call-route";
import { accountsWorldPerFile, decrypt, WB_REFUSAL } from "@/lib/test/accounts-world";

// Connecting and listing marketplace accounts through the API, against the simulator
// over real HTTP. Another workspace's account answers exactly like a missing one.

const w = accountsWorldPerFile();

describe("POST /api/accounts", () => {
  it("refuses a wrong token with the marketplace's own message and stores nothing", async () => {
    const before = await w.db.prisma.marketplaceAccount.count();
    const res = await w.connectWb("wrong-token-0123456789");
    expect(res.status).toBe(422);
    expect(res.json.error.message).toBe(WB_REFUSAL);
    // What to check, in both languages: the token's categories and the cabinet page where it is made.
    expect(res.json.error.details.ru).toContain(`«${WB_REFUSAL}»`);
    expect(res.json.error.details.ru).toContain("«Вопросы и отзывы»");
    expect(res.json.error.details.en).toContain("Settings → API access");
    expect(await w.db.prisma.marketplaceAccount.count()).toBe(before);
  });

  it("checks a right token with a real call, stores it encrypted and answers with a masked hint only", async () => {
    w.sim.control.clearRequests();
    const res = await w.connectWb(w.sim.credentials.wildberries.token);
    expect(res.status).toBe(201);
    expect(res.json.account).toMatchObject({
      marketplace: "wildberries",
      name: { text: "WB test" },
      status: "active",
      credentialsHint: "sim-…6789",
      webhookUrl: null,
    });
    expect(JSON.stringify(res.json)).not.toContain(w.sim.credentials.wildberries.token);
    const row = await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: res.json.account.id } });
    expect(row.workspaceId).toBe(w.a.workspace.id);
    expect(row.credentialsEnc).not.toContain("sim-wb-token");
    expect(decrypt(row.credentialsEnc)).toEqual({ token: w.sim.credentials.wildberries.token });
    expect(row.baseUrls).toEqual(w.sim.baseUrls.wildberries);
    // The check reached the marketplace with this token.
    expect(
      w.sim.control
        .requests()
        .some((r) => r.path === "/wb-chat/ping" && r.headers.authorization === w.sim.credentials.wildberries.token),
    ).toBe(true);
  });

  it("answers field errors from the marketplace's schema as 400 with the field's path", async () => {
    const res = await w.connect({ marketplace: "wildberries", credentials: { token: "short" } });
    expect(res.status).toBe(400);
    expect(res.json.error.issues).toEqual([{ path: "credentials.token", code: "too_small", message: "paste_whole" }]);
    const unknownBase = await w.connect({
      marketplace: "ozon",
      credentials: w.sim.credentials.ozon,
      baseUrls: { chat: w.sim.baseUrls.ozon.api },
    });
    expect(unknownBase.status).toBe(400);
  });

  it("gives webhook marketplaces a secret URL: its SHA-256 and an encrypted copy are stored", async () => {
    const ozon = await w.connect({
      marketplace: "ozon",
      credentials: w.sim.credentials.ozon,
      baseUrls: w.sim.baseUrls.ozon,
    });
    expect(ozon.status).toBe(201);
    const url: string = ozon.json.account.webhookUrl;
    expect(url).toMatch(/^https?:\/\/[^/]+\/api\/webhooks\/ozon\/[\w-]{43}$/);
    const secret = url.split("/").at(-1)!;
    const row = await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: ozon.json.account.id } });
    expect(row.webhookSecretHash).toBe(crypto.createHash("sha256").update(secret).digest("hex"));
    expect(decryptSecret({ ciphertext: row.webhookSecretEnc!, key: env().APP_ENCRYPTION_KEY })).toBe(secret);

    const ym = await w.connect({
      marketplace: "yandex_market",
      credentials: w.sim.credentials.yandex_market,
      baseUrls: w.sim.baseUrls.yandex_market,
    });
    expect(ym.status).toBe(201);
    // Yandex Market appends /notification to the URL the seller enters.
    expect(ym.json.account.webhookUrl).toMatch(/\/api\/webhooks\/yandex_market\/[\w-]{43}$/);
    expect(ym.json.account.webhookUrl).not.toBe(url);
    // No name given: none stored, and the API names the cabinet by its number for the screen to word.
    const { businessId } = w.sim.credentials.yandex_market;
    expect(ym.json.account.name).toEqual({ code: "business", id: businessId });
    expect((await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: ym.json.account.id } })).name).toBe(
      null,
    );
  });

  it("refuses a seller account the workspace already has, on every marketplace: 409, Russian then English, nothing stored", async () => {
    // Wildberries and Ozon are connected above; Yandex Market too. Avito and Amazon: once, then again.
    for (const m of ["avito", "amazon"] as const) {
      expect(
        (await w.connect({ marketplace: m, credentials: w.sim.credentials[m], baseUrls: w.sim.baseUrls[m] })).status,
      ).toBe(201);
    }
    const before = await w.db.prisma.marketplaceAccount.count();
    const again = {
      wildberries: await w.connectWb(w.sim.credentials.wildberries.token),
      ozon: await w.connect({
        marketplace: "ozon",
        name: "Ozon again",
        credentials: w.sim.credentials.ozon,
        baseUrls: w.sim.baseUrls.ozon,
      }),
      yandex_market: await w.connect({
        marketplace: "yandex_market",
        credentials: w.sim.credentials.yandex_market,
        baseUrls: w.sim.baseUrls.yandex_market,
      }),
      avito: await w.connect({
        marketplace: "avito",
        credentials: w.sim.credentials.avito,
        baseUrls: w.sim.baseUrls.avito,
      }),
      amazon: await w.connect({
        marketplace: "amazon",
        credentials: w.sim.credentials.amazon,
        baseUrls: w.sim.baseUrls.amazon,
      }),
    };
    for (const [m, res] of Object.entries(again)) {
      expect([m, res.status]).toEqual([m, 409]);
      // Russian on the message, each language in details for the screen to pick, never both in one line.
      expect(res.json.error.message).toMatch(/^Этот аккаунт продавца .+ уже подключён/);
      expect(res.json.error.message).not.toMatch(/[A-Za-z]{4} seller account/);
      expect(res.json.error.details).toMatchObject({ reason: "duplicate_account", ru: res.json.error.message });
      expect(res.json.error.details.en).toMatch(/seller account is already connected/);
      expect(JSON.stringify(res.json)).not.toContain(w.sim.credentials.wildberries.token);
    }
    expect(again.wildberries.json.error.message).toContain("«WB test»");
    expect(await w.db.prisma.marketplaceAccount.count()).toBe(before);
    // Identities name the seller; a secret only ever as a hash.
    const keys = (
      await w.db.prisma.marketplaceAccount.findMany({
        where: { workspaceId: w.a.workspace.id, identityKey: { not: null } },
        select: { identityKey: true },
      })
    ).map((r) => r.identityKey!);
    expect(keys).toEqual(
      expect.arrayContaining([
        `client:${w.sim.credentials.ozon.clientId}`,
        `business:${w.sim.credentials.yandex_market.businessId}`,
        `user:${w.sim.credentials.avito.userId}`,
      ]),
    );
    expect(keys.join(" ")).not.toContain(w.sim.credentials.wildberries.token);
    expect(keys.join(" ")).not.toContain(w.sim.credentials.amazon.refreshToken);
  });

  it("lets another workspace connect the same seller account (workspaces are tenants of their own)", async () => {
    const res = await w.connectWb(w.sim.credentials.wildberries.token, w.b.owner.id);
    expect(res.status).toBe(201);
    expect(
      (await w.db.prisma.marketplaceAccount.findUniqueOrThrow({ where: { id: res.json.account.id } })).workspaceId,
    ).toBe(w.b.workspace.id);
  });

  it("is for owners: an operator gets 403 and nothing is stored", async () => {
    const before = await w.db.prisma.marketplaceAccount.count();
    const res = await w.connectWb(w.sim.credentials.wildberries.token, w.a.operator.id);
    expect(res.status).toBe(403);
    expect(await w.db.prisma.marketplaceAccount.count()).toBe(before);
  });
});

describe("GET /api/accounts", () => {
  it("lists the member's workspace only, with no credentials, and webhook URLs for owners only", async () => {
    const asOwner = await callRoute(accounts.GET, { userId: w.a.owner.id });
    expect(asOwner.status).toBe(200);
    const ids = (
      await w.db.prisma.marketplaceAccount.findMany({ where: { workspaceId: w.a.workspace.id }, select: { id: true } })
    ).map((r) => r.id);
    expect(asOwner.json.accounts.map((x: { id: string }) => x.id).sort()).toEqual(ids.sort());
    expect(asOwner.json.accounts.some((x: { webhookUrl: string | null }) => x.webhookUrl)).toBe(true);
    const text = JSON.stringify(asOwner.json);
    expect(text).not.toContain("credentialsEnc");
    expect(text).not.toContain("webhookSecret");
    expect(text).not.toContain(w.sim.credentials.ozon.apiKey);
    expect(text).not.toContain(w.b.account.id);

    const asOperator = await callRoute(accounts.GET, { userId: w.a.operator.id });
    expect(asOperator.json.accounts).toHaveLength(ids.length);
    expect(asOperator.json.accounts.every((x: { webhookUrl: string | null }) => x.webhookUrl === null)).toBe(true);
  });
});
