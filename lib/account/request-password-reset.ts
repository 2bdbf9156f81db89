import { prisma } from "@/lib/db";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { accountEmail } from "@/lib/auth/account-email";
import { queueAuthEmail } from "@/lib/auth/send-auth-email";
import type { RequestPasswordReset } from "@/lib/account/form-schemas";

export const RESET_TOKEN_MINUTES = 60;

/**
 * "Forgot password": emails a single-use link valid for an hour. The caller answers the same whether
 * or not the address has an account, so the form cannot be used to find out who is a customer. The email
 * is in the member's language.
 */
export async function requestPasswordReset({
  input,
  baseUrl,
}: {
  input: RequestPasswordReset;
  baseUrl: string;
}): Promise<void> {
  const user = await prisma().user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, locale: true },
  });
  if (!user) return;
  const { token, tokenHash } = newOneTimeToken();
  // Spent and expired links of this user are of no further use.
  await prisma().passwordResetToken.deleteMany({
    where: { userId: user.id, OR: [{ usedAt: { not: null } }, { expiresAt: { lt: new Date() } }] },
  });
  await prisma().passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000) },
  });
  const link = new URL(`/reset-password/${token}`, baseUrl).toString();
  const email = accountEmail({
    kind: "passwordReset",
    locale: user.locale,
    values: { link, minutes: RESET_TOKEN_MINUTES },
  });
  queueAuthEmail({ to: user.email, ...email, link });
}
