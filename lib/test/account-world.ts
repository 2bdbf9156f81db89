import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import * as nextauth from "@/app/api/auth/[...nextauth]/route";
import { hashPassword } from "@/lib/auth/password";
import { resetEnvForTests } from "@/lib/env";
import { callRoute } from "@/lib/test/call-route";
import { inRequestScope } from "@/lib/test/request-scope";
import { createTestDatabase, type TestDatabase } from "@/lib/test/test-db";

// Helpers of the account-security tests: the outbox of account emails, passwords, session cookies, and password
// sign-in through next-auth's own handler.

let db: TestDatabase;
const outbox = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "agentiq-outbox-")), "outbox.jsonl");

type Mail = { to: string; subject: string; link?: string };
export function mails(to: string): Mail[] {
  if (!fs.existsSync(outbox)) return [];
  return fs
    .readFileSync(outbox, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Mail)
    .filter((m) => m.to === to);
}
// Account emails are sent without holding up the answer: wait for the n-th one to land.
export async function nthMail(to: string, n: number): Promise<Mail> {
  return vi.waitFor(() => {
    const all = mails(to);
    if (all.length < n) throw new Error(`no mail #${n} for ${to} yet`);
    return all[n - 1]!;
  });
}
export const tokenOf = (link: string | undefined) => link!.split("/").pop()!;

export async function withPassword(userId: string, plain: string) {
  await db.prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword({ password: plain }) },
  });
}

export function sessionCookie(headers: Headers): string {
  const raw = headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  return raw!.split(";")[0]!;
}

// next-auth's handler reads next/headers: called inside a request scope, as Next.js calls it.
export const scoped = (handler: (req: never, ctx: never) => Promise<Response>) => (req: never, ctx: never) =>
  inRequestScope(req as never, () => handler(req, ctx));

/** next-auth's CSRF token and the cookie it comes with, as a browser gets them before posting a form. */
export async function csrf(): Promise<{ csrfToken: string; cookie: string }> {
  const res = await callRoute(scoped(nextauth.GET as never) as never, {
    url: "http://localhost/api/auth/csrf",
    params: { nextauth: ["csrf"] } as never,
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { csrfToken: res.json.csrfToken, cookie };
}

export async function signInAttempt({ email, password: pw, ip }: { email: string; password: string; ip: string }) {
  const { csrfToken, cookie } = await csrf();
  return callRoute(scoped(nextauth.POST as never) as never, {
    method: "POST",
    url: "http://localhost/api/auth/callback/credentials",
    params: { nextauth: ["callback", "credentials"] } as never,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({
      csrfToken,
      email,
      password: pw,
      json: "true",
      callbackUrl: "/inbox",
    }).toString(),
  });
}

/** A test file's database, with account emails written to an outbox file the helpers above read. */
export function accountWorldPerFile() {
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
  return {
    get db() {
      return db;
    },
  };
}
