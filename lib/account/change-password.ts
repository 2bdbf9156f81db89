import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordUserAudit } from "@/lib/audit/record-audit";
import type { ChangePassword } from "@/lib/account/form-schemas";

/**
 * A signed-in user changes their password. Every session of theirs ends (the session version is raised);
 * the route re-issues the one that made the change with the returned version.
 */
export async function changePassword({
  userId,
  input,
}: {
  userId: string;
  input: ChangePassword;
}): Promise<{ sessionVersion: number }> {
  const user = await prisma().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user) throw new AppError("unauthorized", "Sign in required");
  if (!user.passwordHash || !(await verifyPassword({ password: input.currentPassword, hash: user.passwordHash }))) {
    throw new AppError("bad_request", "The current password is wrong", { details: { reason: "wrong_password" } });
  }
  const passwordHash = await hashPassword({ password: input.newPassword });
  return prisma().$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordUserAudit({ db: tx, user, action: "password.changed" });
    return { sessionVersion: updated.sessionVersion };
  });
}
