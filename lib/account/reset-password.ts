import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { recordUserAudit } from "@/lib/audit/record-audit";
import type { ResetPassword } from "@/lib/account/form-schemas";

const invalidLink = () =>
  new AppError("bad_request", "This link is invalid or has expired", { details: { reason: "invalid_token" } });

/**
 * Sets a new password with an emailed reset token. The token is spent by a conditional update, so it
 * works once even under concurrent use; the user's other tokens and all sessions end with it. Opening
 * the link also proves the address, so it counts as verified.
 */
export async function resetPassword({ input }: { input: ResetPassword }): Promise<{ email: string }> {
  const tokenHash = hashOneTimeToken(input.token);
  const passwordHash = await hashPassword({ password: input.password });
  return prisma().$transaction(async (tx) => {
    const now = new Date();
    const row = await tx.passwordResetToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true } });
    if (!row) throw invalidLink();
    const spent = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw invalidLink();
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    const current = await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { emailVerified: true } });
    const user = await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerified: current.emailVerified ?? now },
      select: { id: true, email: true },
    });
    await recordUserAudit({ db: tx, user, action: "password.reset" });
    return { email: user.email };
  });
}
