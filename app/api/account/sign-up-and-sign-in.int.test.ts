import { describe, expect, it } from "vitest";
import { accountWorldPerFile, nthMail, signInAttempt, tokenOf, withPassword } from "@/lib/test/account-world";
import { callRoute } from "@/lib/test/call-route";
import { createWorkspaceFixture } from "@/lib/test/fixtures";
import { THROTTLE_RULES } from "@/lib/auth/throttle";
import * as password from "@/app/api/account/password/route";
import * as signup from "@/app/api/signup/route";
import * as signupVerify from "@/app/api/signup/verify/route";
import * as chats from "@/app/api/chats/route";

// Sign-up needs a confirmed email and reveals nothing about existing accounts; sign-up and password sign-in are
// throttled with 429 + Retry-After, per account and per client address.

const aw = accountWorldPerFile();

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
    expect(await aw.db.prisma.user.count({ where: { email } })).toBe(0);
    // Not verified yet: password sign-in fails like a wrong password.
    expect((await signInAttempt({ email, password: "romashka-123", ip: "10.3.0.2" })).status).toBe(401);

    const token = tokenOf((await nthMail(email, 1)).link);
    const verified = await callRoute(signupVerify.POST, { method: "POST", body: { token } });
    expect(verified.status).toBe(200);
    expect(verified.json).toEqual({ email });
    const user = await aw.db.prisma.user.findUniqueOrThrow({
      where: { email },
      include: { memberships: { include: { workspace: true } } },
    });
    expect(user.emailVerified).not.toBeNull();
    expect(user.memberships).toMatchObject([{ role: "OWNER", workspace: { name: "Ромашка" } }]);
    expect((await callRoute(signupVerify.POST, { method: "POST", body: { token } })).status).toBe(400);
    expect(await aw.db.prisma.workspace.count({ where: { name: "Ромашка" } })).toBe(1);
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
    expect(await aw.db.prisma.signupRequest.count({ where: { email: w.owner.email } })).toBe(0);
    expect(await aw.db.prisma.membership.count({ where: { userId: w.owner.id } })).toBe(1);
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
    expect(await aw.db.prisma.signupRequest.count({ where: { email: "flood-last@example.com" } })).toBe(0);
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
