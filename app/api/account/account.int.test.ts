import { describe, expect, it } from "vitest";
import {
  accountWorldPerFile,
  nthMail,
  sessionCookie,
  signInAttempt,
  tokenOf,
  withPassword,
  mails,
  scoped,
  csrf,
} from "@/lib/test/account-world";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { THROTTLE_RULES } from "@/lib/auth/throttle";
import * as password from "@/app/api/account/password/route";
import * as signOutEverywhere from "@/app/api/account/sign-out-everywhere/route";
import * as passwordReset from "@/app/api/password-reset/route";
import * as passwordResetConfirm from "@/app/api/password-reset/confirm/route";
import * as nextauth from "@/app/api/auth/[...nextauth]/route";
import * as chats from "@/app/api/chats/route";
import * as auditLog from "@/app/api/audit-log/route";

// Account security: password change and reset end the other sessions, reset links work once and
// expire, and reset is throttled with 429 + Retry-After (sign-up and sign-in: sign-up-and-sign-in.int.test.ts).

const aw = accountWorldPerFile();

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
    expect(
      await aw.db.prisma.auditLog.count({ where: { workspaceId: w.workspace.id, action: "sessions.ended" } }),
    ).toBe(1);
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
    const { csrfToken, cookie } = await csrf();
    const out = await callRoute(scoped(nextauth.POST as never) as never, {
      method: "POST",
      url: "http://localhost/api/auth/signout",
      params: { nextauth: ["signout"] } as never,
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, callbackUrl: "/sign-in", json: "true" }).toString(),
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
    const stored = await aw.db.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: w.operator.id } });
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
    expect(
      await aw.db.prisma.auditLog.count({ where: { workspaceId: w.workspace.id, action: "password.reset" } }),
    ).toBe(1);
  });

  it("an expired link is refused", async () => {
    const w = await createWorkspaceFixture({ name: "Expired", chats: 0 });
    await callRoute(passwordReset.POST, {
      method: "POST",
      body: { email: w.owner.email },
      headers: { "x-forwarded-for": "10.1.0.4" },
    });
    const token = tokenOf((await nthMail(w.owner.email, 1)).link);
    await aw.db.prisma.passwordResetToken.updateMany({
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
