import type { AcceptInvite } from "@/lib/account/form-schemas";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hashInviteToken } from "@/lib/workspace/create-invite";
import { checkThrottle, consumeThrottle } from "@/lib/auth/throttle";

export async function findInvite({ token }: { token: string }) {
  const invite = await prisma().invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    include: { workspace: { select: { name: true } } },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) return null;
  return invite;
}

/**
 * Joins the invited email to the workspace. A new person sets a password; someone who already has
 * an account proves it with theirs.
 */
export async function acceptInvite(input: AcceptInvite): Promise<{ email: string; workspaceId: string }> {
  const invite = await findInvite({ token: input.token });
  if (!invite) throw new AppError("not_found", "This invitation is invalid or has expired");
  const existing = await prisma().user.findUnique({ where: { email: invite.email } });
  if (existing?.passwordHash) {
    // A second door to the same password check as sign-in: it shares sign-in's per-account limit.
    const key = [{ rule: "signInAccount" as const, key: invite.email }];
    await checkThrottle(key);
    if (!(await verifyPassword({ password: input.password, hash: existing.passwordHash }))) {
      await consumeThrottle(key).catch(() => {});
      throw new AppError("unauthorized", "Wrong password for this account");
    }
  }
  const passwordHash = existing?.passwordHash ?? (await hashPassword({ password: input.password }));
  await prisma().$transaction(async (tx) => {
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { passwordHash } })
      : await tx.user.create({
          data: { email: invite.email, name: input.name ?? invite.email.split("@")[0], passwordHash },
        });
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: invite.workspaceId, userId: user.id } },
      create: { workspaceId: invite.workspaceId, userId: user.id, role: invite.role },
      update: {},
    });
    // Conditional update so two concurrent accepts cannot both succeed.
    const marked = await tx.invite.updateMany({
      where: { id: invite.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (marked.count !== 1) throw new AppError("conflict", "This invitation was already used");
  });
  return { email: invite.email, workspaceId: invite.workspaceId };
}
