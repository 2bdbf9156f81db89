import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";
import { callRoute } from "@/lib/test/call-route";
import { inRequestScope } from "@/lib/test/request-scope";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { resetEnvForTests } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { THROTTLE_RULES } from "@/lib/auth/throttle";
import * as password from "@/app/api/account/password/route";
import * as signOutEverywhere from "@/app/api/account/sign-out-everywhere/route";
import * as passwordReset from "@/app/api/password-reset/route";
import * as passwordResetConfirm from "@/app/api/password-reset/confirm/route";
import * as signup from "@/app/api/signup/route";
import * as signupVerify from "@/app/api/signup/verify/route";
import * as nextauth from "@/app/api/auth/[...nextauth]/route";
import * as chats from "@/app/api/chats/route";
import * as auditLog from "@/app/api/audit-log/route";

// Account security: password change and reset end the other sessions, reset links work once and
// expire, sign-up needs a confirmed email and reveals nothing about existing accounts, and password
// sign-in, sign-up and reset are throttled with 429 + Retry-After.

let db: TestDatabase;
const outbox = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-outbox-")), "outbox.jsonl");

beforeAll(async () => {
  process.env.EMAIL_OUTBOX_FILE = outbox;
  resetEnvForTests();
  db = await createTestDatabase();
});
afterAll(async () => {
  delete process.env.EMAIL_OUTBOX_FILE;
  resetEnvForTests();
  await db.cleanup();
});

type Mail = { to: string; subject: string; link?: string };
function mails(to: string): Mail[] {
  if (!fs.existsSync(outbox)) return [];
  return fs
    .readFileSync(outbox, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Mail)
    .filter((m) => m.to === to);
}
// Account emails are sent without holding up the answer: wait for the n-th one to land.
async function nthMail(to: string, n: number): Promise<Mail> {
  return vi.waitFor(() => {
    const all = mails(to);
    if (all.length < n) throw new Error(`no mail #${n} for ${to} yet`);
    return all[n - 1]!;
  });
}
const tokenOf = (link: string | undefined) => link!.split("/").pop()!;

async function withPassword(userId: string, plain: string) {
  await db.prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword({ password: plain }) },
  });
}

function sessionCookie(headers: Headers): string {
  const raw = headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  return raw!.split(";")[0]!;
}

// next-auth's handler reads next/headers: called inside a request scope, as Next.js calls it.
const scoped = (handler: (req: never, ctx: never) => Promise<Response>) => (req: never, ctx: never) =>
  inRequestScope(req as never, () => handler(req, ctx));

async function signInAttempt({ email, password: pw, ip }: { email: string; password: string; ip: string }) {
  const csrf = await callRoute(scoped(nextauth.GET as never) as never, {
    url: "http://localhost/api/auth/csrf",
    params: { nextauth: ["csrf"] } as never,
  });
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return callRoute(scoped(nextauth.POST as never) as never, {
    method: "POST",
    url: "http://localhost/api/auth/callback/credentials",
    params: { nextauth: ["callback", "credentials"] } as never,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({
      csrfToken: csrf.json.csrfToken,
      email,
      password: pw,
      json: "true",
      callbackUrl: "/inbox",
    }).toString(),
  });
}

describe("changing the password", () => {
  it("ends every other session, keeps the one that changed it, and is audit-logged", async () => {
    const w = await createWorkspaceFixture({ name: "Pw", chats: 0 });
    await withPassword(w.operator.id, "old-password-1");
    const wrong = await callRoute(password.POST, {
      method: "POST",
      body: { currentPassword: "nope-nope", newPassword: "new-password-1" },
      userId: w.operator.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details.reason).toBe("wrong_password");

    const res = await callRoute(password.POST, {
      method: "POST",
      body: { currentPassword: "old-password-1", newPassword: "new-password-1" },
      userId: w.operator.id,
    });
    expect(res.status).toBe(200);
    // Another browser's session (a token issued before the change) is over.
    expect((await callRoute(chats.GET, { userId: w.operator.id })).status).toBe(401);
    // The re-issued cookie of this browser still works.
    const kept = await callRoute(chats.GET, { headers: { cookie: sessionCookie(res.headers) } });
    expect(kept.status).toBe(200);
    const log = await callRoute(auditLog.GET, { userId: w.owner.id });
    expect(log.json.entries[0]).toMatchObject({ action: "password.changed", actorEmail: w.operator.email });
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the user, this one included, and no one else's", async () => {
    const w = await createWorkspaceFixture({ name: "Everywhere", chats: 0 });
    const res = await callRoute(signOutEverywhere.POST, { method: "POST", body: {}, userId: w.owner.id });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().some((c) => /^next-auth\.session-token=;/.test(c))).toBe(true);
    expect((await callRoute(chats.GET, { userId: w.owner.id })).status).toBe(401);
    expect((await callRoute(chats.GET, { userId: w.operator.id })).status).toBe(200);
    expect(await db.prisma.auditLog.count({ where: { workspaceId: w.workspace.id, action: "sessions.ended" } })).toBe(
      1,
    );
  });
});

describe("signing out", () => {
  const marker = (headers: Headers) =>
    headers
      .getSetCookie()
      .find((c) => c.startsWith("agentiq-signed-out="))
      ?.split(";")[0];

  it("marks the browser as signed out on purpose until its next successful sign-in", async () => {
    const w = await createWorkspaceFixture({ name: "Out", chats: 0 });
    await withPassword(w.owner.id, "out-password-1");
    const csrf = await callRoute(scoped(nextauth.GET as never) as never, {
      url: "http://localhost/api/auth/csrf",
      params: { nextauth: ["csrf"] } as never,
    });
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const out = await callRoute(scoped(nextauth.POST as never) as never, {
      method: "POST",
      url: "http://localhost/api/auth/signout",
      params: { nextauth: ["signout"] } as never,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.json.csrfToken, callbackUrl: "/sign-in", json: "true" }).toString(),
    });
    expect(out.status).toBe(200);
    expect(marker(out.headers)).toBe("agentiq-signed-out=1");

    // A refused password leaves the mark; a successful sign-in clears it.
    const refused = await signInAttempt({ email: w.owner.email, password: "wrong-password", ip: "10.1.9.1" });
    expect(marker(refused.headers)).toBeUndefined();
    const signedIn = await signInAttempt({ email: w.owner.email, password: "out-password-1", ip: "10.1.9.1" });
    expect(signedIn.status).toBe(200);
    expect(marker(signedIn.headers)).toBe("agentiq-signed-out=");
  });
});

describe("forgot password", () => {
  it("answers the same whether or not the account exists", async () => {
    const w = await createWorkspaceFixture({ name: "Forgot", chats: 0 });
    const known = await callRoute(passwordReset.POST, {
      method: "POST",
      body: { email: w.owner.email },
      headers: { "x-forwarded-for": "10.1.0.1" },
    });
    const unknown = await callRoute(passwordReset.POST, {
      method: "POST",
      body: { email: "nobody-here@example.com" },
      headers: { "x-forwarded-for": "10.1.0.1" },
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(known.status);
    expect(unknown.json).toEqual(known.json);
    expect(JSON.stringify(known.json)).not.toMatch(/reset-password|token/i);
    await nthMail(w.owner.email, 1);
    expect(mails("nobody-here@example.com")).toEqual([]);
  });

  it("the emailed link is stored hashed, works once, and ends the old sessions", async () => {
    const w = await createWorkspaceFixture({ name: "Reset", chats: 0 });
    await callRoute(passwordReset.POST, {
      method: "POST",
      body: { email: w.operator.email },
      headers: { "x-forwarded-for": "10.1.0.2" },
    });
    const token = tokenOf((await nthMail(w.operator.email, 1)).link);
    const stored = await db.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: w.operator.id } });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const ok = await callRoute(passwordResetConfirm.POST, {
      method: "POST",
      body: { token, password: "brand-new-pass" },
    });
    expect(ok.status).toBe(200);
    expect((await callRoute(chats.GET, { userId: w.operator.id })).status).toBe(401);
    const again = await callRoute(passwordResetConfirm.POST, {
      method: "POST",
      body: { token, password: "another-pass-2" },
    });
    expect(again.status).toBe(400);
    expect(again.json.error.details.reason).toBe("invalid_token");

    const signedIn = await signInAttempt({ email: w.operator.email, password: "brand-new-pass", ip: "10.1.0.3" });
    expect(signedIn.status).toBe(200);
    expect(await db.prisma.auditLog.count({ where: { workspaceId: w.workspace.id, action: "password.reset" } })).toBe(
      1,
    );
  });

  it("an expired link is refused", async () => {
    const w = await createWorkspaceFixture({ name: "Expired", chats: 0 });
    await callRoute(passwordReset.POST, {
      method: "POST",
      body: { email: w.owner.email },
      headers: { "x-forwarded-for": "10.1.0.4" },
    });
    const token = tokenOf((await nthMail(w.owner.email, 1)).link);
    await db.prisma.passwordResetToken.updateMany({
      where: { userId: w.owner.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await callRoute(passwordResetConfirm.POST, {
      method: "POST",
      body: { token, password: "brand-new-pass" },
    });
    expect(res.status).toBe(400);
    expect((await callRoute(chats.GET, { userId: w.owner.id })).status).toBe(200);
  });

  it("is throttled per account with 429 and Retry-After", async () => {
    const email = "reset-flood@example.com";
    const limit = THROTTLE_RULES.resetAccount.points;
    for (let i = 0; i < limit; i++) {
      expect(
        (
          await callRoute(passwordReset.POST, {
            method: "POST",
            body: { email },
            headers: { "x-forwarded-for": `10.2.0.${i}` },
          })
        ).status,
      ).toBe(202);
    }
    const res = await callRoute(passwordReset.POST, {
      method: "POST",
      body: { email },
      headers: { "x-forwarded-for": "10.2.0.99" },
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("sign-up", () => {
  const form = (email: string) => ({ name: "Анна", email, password: "romashka-123", workspaceName: "Ромашка" });

  it("creates nothing until the email is confirmed; the link creates the owner and the workspace once", async () => {
    const email = "newcomer@example.com";
    const res = await callRoute(signup.POST, {
      method: "POST",
      body: form(email),
      headers: { "x-forwarded-for": "10.3.0.1" },
    });
    expect(res.status).toBe(202);
    expect(await db.prisma.user.count({ where: { email } })).toBe(0);
    // Not verified yet: password sign-in fails like a wrong password.
    expect((await signInAttempt({ email, password: "romashka-123", ip: "10.3.0.2" })).status).toBe(401);

    const token = tokenOf((await nthMail(email, 1)).link);
    const verified = await callRoute(signupVerify.POST, { method: "POST", body: { token } });
    expect(verified.status).toBe(200);
    expect(verified.json).toEqual({ email });
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { email },
      include: { memberships: { include: { workspace: true } } },
    });
    expect(user.emailVerified).not.toBeNull();
    expect(user.memberships).toMatchObject([{ role: "OWNER", workspace: { name: "Ромашка" } }]);
    expect((await callRoute(signupVerify.POST, { method: "POST", body: { token } })).status).toBe(400);
    expect(await db.prisma.workspace.count({ where: { name: "Ромашка" } })).toBe(1);
    expect((await signInAttempt({ email, password: "romashka-123", ip: "10.3.0.2" })).status).toBe(200);
  });

  it("with an existing email answers exactly as a new one, and changes nothing", async () => {
    const w = await createWorkspaceFixture({ name: "Existing", chats: 0 });
    await withPassword(w.owner.id, "owner-password");
    const existing = await callRoute(signup.POST, {
      method: "POST",
      body: form(w.owner.email),
      headers: { "x-forwarded-for": "10.3.0.3" },
    });
    const fresh = await callRoute(signup.POST, {
      method: "POST",
      body: form("fresh-one@example.com"),
      headers: { "x-forwarded-for": "10.3.0.3" },
    });
    expect(existing.status).toBe(fresh.status);
    expect(existing.json).toEqual(fresh.json);
    // The owner is told by email that they already have an account; nothing about it changed.
    expect((await nthMail(w.owner.email, 1)).subject).toMatch(/уже есть аккаунт/);
    expect(await db.prisma.signupRequest.count({ where: { email: w.owner.email } })).toBe(0);
    expect(await db.prisma.membership.count({ where: { userId: w.owner.id } })).toBe(1);
    expect((await signInAttempt({ email: w.owner.email, password: "owner-password", ip: "10.3.0.4" })).status).toBe(
      200,
    );
  });

  it("is throttled per client address with 429 and Retry-After", async () => {
    const limit = THROTTLE_RULES.signUpAddress.points;
    for (let i = 0; i < limit; i++) {
      expect(
        (
          await callRoute(signup.POST, {
            method: "POST",
            body: form(`flood-${i}@example.com`),
            headers: { "x-forwarded-for": "10.4.0.1" },
          })
        ).status,
      ).toBe(202);
    }
    const res = await callRoute(signup.POST, {
      method: "POST",
      body: form("flood-last@example.com"),
      headers: { "x-forwarded-for": "10.4.0.1" },
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await db.prisma.signupRequest.count({ where: { email: "flood-last@example.com" } })).toBe(0);
  });
});

describe("password sign-in throttling", () => {
  it("after N failures for an account answers 429 with Retry-After, even with the right password", async () => {
    const w = await createWorkspaceFixture({ name: "Brute", chats: 0 });
    await withPassword(w.owner.id, "right-password");
    const limit = THROTTLE_RULES.signInAccount.points;
    for (let i = 0; i < limit; i++) {
      const res = await signInAttempt({ email: w.owner.email, password: `wrong-${i}`, ip: `10.5.0.${i}` });
      expect(res.status).toBe(401);
    }
    const res = await signInAttempt({ email: w.owner.email, password: "right-password", ip: "10.5.0.200" });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(THROTTLE_RULES.signInAccount.blockDuration);
    // next-auth/react's signIn() reads the error from the url: the page shows "try again in N minutes".
    expect(new URL(res.json.url).searchParams.get("error")).toBe(`TooManyAttempts:${retryAfter}`);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
  });

  it("after N failures from one address refuses that address for any account", async () => {
    const ip = "10.6.0.1";
    const limit = THROTTLE_RULES.signInAddress.points;
    for (let i = 0; i < limit; i++) {
      expect((await signInAttempt({ email: `spray-${i}@example.com`, password: "guess-guess", ip })).status).toBe(401);
    }
    const w = await createWorkspaceFixture({ name: "Spray", chats: 0 });
    await withPassword(w.owner.id, "right-password");
    expect((await signInAttempt({ email: w.owner.email, password: "right-password", ip })).status).toBe(429);
    expect((await signInAttempt({ email: w.owner.email, password: "right-password", ip: "10.6.0.2" })).status).toBe(
      200,
    );
  });

  it("a client cannot dodge the address limit by claiming another address: the right-most hop counts", async () => {
    const limit = THROTTLE_RULES.signInAddress.points;
    for (let i = 0; i < limit; i++) {
      await signInAttempt({ email: `dodge-${i}@example.com`, password: "guess-guess", ip: `1.2.3.${i}, 10.7.0.1` });
    }
    expect(
      (await signInAttempt({ email: "dodge-x@example.com", password: "guess-guess", ip: "9.9.9.9, 10.7.0.1" })).status,
    ).toBe(429);
  });
});
