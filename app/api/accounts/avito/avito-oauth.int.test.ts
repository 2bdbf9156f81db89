import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as authorize from "@/app/api/accounts/avito/authorize/route";
import * as callback from "@/app/api/accounts/avito/callback/route";
import { decryptSecret } from "@/lib/crypto/credentials";
import { env, resetEnvForTests } from "@/lib/env";
import { startSimulator, type Simulator } from "@/lib/marketplaces/simulator/server";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// "Подключить через Авито": authorize sets a session-bound state, the callback accepts Avito's code only
// with that state from the same member, stores the (rotated) refresh token encrypted.

let db: TestDatabase;
let sim: Simulator;
let a: Awaited<ReturnType<typeof createWorkspaceFixture>>;
let b: Awaited<ReturnType<typeof createWorkspaceFixture>>;
const saved = { id: process.env.AVITO_CLIENT_ID, secret: process.env.AVITO_CLIENT_SECRET };

beforeAll(async () => {
  db = await createTestDatabase();
  sim = await startSimulator();
  process.env.AVITO_CLIENT_ID = sim.credentials.avito.clientId;
  process.env.AVITO_CLIENT_SECRET = sim.credentials.avito.clientSecret;
  resetEnvForTests();
  a = await createWorkspaceFixture({ name: "Alpha" });
  b = await createWorkspaceFixture({ name: "Beta" });
});
afterAll(async () => {
  for (const [k, v] of [
    ["AVITO_CLIENT_ID", saved.id],
    ["AVITO_CLIENT_SECRET", saved.secret],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
  await sim.close();
  await db.cleanup();
});

async function start(userId: string) {
  const url = `http://localhost/api/accounts/avito/authorize?name=${encodeURIComponent("Авито OAuth")}&api=${encodeURIComponent(sim.baseUrls.avito.api)}&authorize=${encodeURIComponent("https://avito.example/oauth")}`;
  const res = await callRoute(authorize.GET, { url, userId });
  const cookie = /avito_oauth=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  const location = res.headers.get("location") ?? "";
  return { res, cookie: cookie!, location, state: new URL(location, "http://x").searchParams.get("state") ?? "" };
}

async function back({
  userId,
  query,
  cookie,
}: {
  userId: string;
  query: Record<string, string>;
  cookie: string | undefined;
}) {
  const session = await encode({ token: { sub: userId }, secret: env().NEXTAUTH_SECRET });
  const res = await callRoute(callback.GET, {
    url: `http://localhost/api/accounts/avito/callback?${new URLSearchParams(query)}`,
    headers: {
      cookie: [`next-auth.session-token=${session}`, cookie ? `avito_oauth=${cookie}` : ""].filter(Boolean).join("; "),
    },
  });
  const result = /avito_oauth_result=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  return { res, result: result ? JSON.parse(decodeURIComponent(result)) : null };
}

const STALE = { ok: false, code: "stale_state" };
const avitoAccounts = () => db.prisma.marketplaceAccount.findMany({ where: { marketplace: "avito" } });

describe("Avito authorization-code flow", () => {
  it("authorize redirects to Avito with a random state and binds it in an httpOnly cookie; owners only", async () => {
    const { res, cookie, location, state } = await start(a.owner.id);
    expect(res.status).toBe(303);
    expect(location).toMatch(
      /^https:\/\/avito\.example\/oauth\?response_type=code&client_id=sim-avito-client&scope=messenger%3Aread%2Cmessenger%3Awrite%2Cuser%3Aread&state=/,
    );
    expect(state).toMatch(/^[\w-]{32}$/);
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    expect(res.headers.get("set-cookie")).toMatch(/SameSite=lax/i);
    expect(decodeURIComponent(cookie)).not.toContain(state); // sealed, not readable
    const asOperator = await callRoute(authorize.GET, {
      url: "http://localhost/api/accounts/avito/authorize",
      userId: a.operator.id,
    });
    expect(asOperator.status).toBe(403);
  });

  it("refuses a callback whose state does not match, or that comes back to another member", async () => {
    const { cookie, state } = await start(a.owner.id);
    const forged = await back({ userId: a.owner.id, query: { code: "sim-avito-code", state: "x".repeat(32) }, cookie });
    expect(forged.result).toEqual(STALE);
    const noCookie = await back({ userId: a.owner.id, query: { code: "sim-avito-code", state }, cookie: undefined });
    expect(noCookie.result).toEqual(STALE);
    // An attacker's own flow (their cookie and state) completed in the victim's session.
    const otherMember = await back({ userId: b.owner.id, query: { code: "sim-avito-code", state }, cookie });
    expect(otherMember.result).toEqual(STALE);
    expect(await avitoAccounts()).toHaveLength(0);
    // The code was never spent on any of these.
    expect(sim.state.avito.codes.has("sim-avito-code")).toBe(true);
  });

  it("passes on Avito's refusal", async () => {
    const { cookie, state } = await start(a.owner.id);
    const denied = await back({ userId: a.owner.id, query: { error: "access_denied", state }, cookie });
    expect(denied.result).toEqual({ ok: false, code: "avito_refused", said: "access_denied" });
    const noCode = await back({ userId: a.owner.id, query: { state }, cookie });
    expect(noCode.result).toEqual({ ok: false, code: "no_code" });
  });

  it("exchanges the code, checks the account and stores the current refresh token encrypted", async () => {
    const { cookie, state } = await start(a.owner.id);
    const { res, result } = await back({ userId: a.owner.id, query: { code: "sim-avito-code", state }, cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("http://localhost/settings/accounts?avito=1");
    expect(res.headers.get("set-cookie")).toMatch(/avito_oauth=;/); // the state is spent
    expect(result).toMatchObject({ ok: true });
    const [row] = await avitoAccounts();
    expect(row).toMatchObject({
      id: result.accountId,
      workspaceId: a.workspace.id,
      name: "Авито OAuth",
      status: "ACTIVE",
    });
    expect(row!.webhookSecretHash).toMatch(/^[0-9a-f]{64}$/);
    const stored = JSON.parse(decryptSecret({ ciphertext: row!.credentialsEnc, key: env().APP_ENCRYPTION_KEY }));
    expect(stored).toMatchObject({ clientId: "sim-avito-client", clientSecret: "sim-avito-secret" });
    // The check rotated the refresh token from the exchange: the stored one is the live one.
    expect(sim.state.avito.refreshTokens.has(stored.refreshToken)).toBe(true);
    expect(row!.credentialsEnc).not.toContain(stored.refreshToken);

    const replay = await back({ userId: a.owner.id, query: { code: "sim-avito-code", state }, cookie });
    // Avito's words inside our sentence, in both languages for the page to choose.
    expect(replay.result).toMatchObject({
      ok: false,
      code: "refused",
      ru: expect.stringContaining("«code is invalid or used»"),
      en: expect.stringContaining("“code is invalid or used”"),
    });
    expect(await avitoAccounts()).toHaveLength(1);
  });

  it("signing in again with the Avito profile this workspace already has is refused, with the reason, and stores nothing", async () => {
    sim.state.avito.codes.add("sim-avito-code-again");
    const { cookie, state } = await start(a.owner.id);
    const { res, result } = await back({ userId: a.owner.id, query: { code: "sim-avito-code-again", state }, cookie });
    expect(res.status).toBe(303);
    expect(result.ok).toBe(false);
    expect(result.ru).toMatch(
      /^Этот аккаунт продавца Авито уже подключён как «Авито OAuth»: второе подключение задвоило бы все чаты\.$/,
    );
    expect(result.en).toMatch(/^This Avito seller account is already connected as “Авито OAuth”/);
    expect(await avitoAccounts()).toHaveLength(1);
  });

  it("is unavailable when our Avito app is not configured", async () => {
    delete process.env.AVITO_CLIENT_ID;
    resetEnvForTests();
    const res = await callRoute(authorize.GET, {
      url: "http://localhost/api/accounts/avito/authorize",
      userId: a.owner.id,
    });
    expect(res.status).toBe(422);
    process.env.AVITO_CLIENT_ID = sim.credentials.avito.clientId;
    resetEnvForTests();
  });
});
