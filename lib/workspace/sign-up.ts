import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { accountEmail } from "@/lib/auth/account-email";
import { queueAuthEmail } from "@/lib/auth/send-auth-email";
import type { SignUp } from "@/lib/account/form-schemas";

export const SIGNUP_LINK_HOURS = 24;

/**
 * Starts a sign-up: nothing is created until the emailed link is opened (verifySignup), so an address
 * nobody controls never owns a workspace. The answer is the same whether or not the address already
 * has an account (that person gets a "you already have an account" email instead), so sign-up cannot
 * be used to find out who is a customer. The password is hashed either way, to take the same time.
 * The email is in the account's language, or, for a new address, in the language the form was filled in.
 */
export async function signUp({
  input,
  baseUrl,
  locale,
}: {
  input: SignUp;
  baseUrl: string;
  locale: string;
}): Promise<void> {
  const passwordHash = await hashPassword({ password: input.password });
  const existing = await prisma().user.findUnique({ where: { email: input.email }, select: { locale: true } });
  if (existing) {
    const signIn = new URL("/sign-in", baseUrl).toString();
    const forgot = new URL("/forgot-password", baseUrl).toString();
    const email = accountEmail({
      kind: "alreadyRegistered",
      locale: existing.locale,
      values: { link: signIn, forgot },
    });
    queueAuthEmail({ to: input.email, ...email, link: signIn });
    return;
  }
  const { token, tokenHash } = newOneTimeToken();
  // Pending sign-ups hold a password hash: expired and completed ones of this address go.
  await prisma().signupRequest.deleteMany({
    where: { email: input.email, OR: [{ usedAt: { not: null } }, { expiresAt: { lt: new Date() } }] },
  });
  await prisma().signupRequest.create({
    data: {
      email: input.email,
      name: input.name,
      workspaceName: input.workspaceName,
      passwordHash,
      tokenHash,
      expiresAt: new Date(Date.now() + SIGNUP_LINK_HOURS * 3600_000),
    },
  });
  const link = new URL(`/verify-email/${token}`, baseUrl).toString();
  const values = { link, workspace: input.workspaceName, hours: SIGNUP_LINK_HOURS };
  queueAuthEmail({ to: input.email, ...accountEmail({ kind: "signUp", locale, values }), link });
}
