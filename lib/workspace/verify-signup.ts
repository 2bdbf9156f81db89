import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";

export const verifySignupSchema = z.object({ token: z.string().min(20).max(200) });

const invalidLink = () =>
  new AppError("bad_request", "This link is invalid or has expired", { details: { reason: "invalid_token" } });

/**
 * Completes a sign-up from its emailed link: the address is now proven, so the user (verified) and
 * their workspace, where they are the owner, are created. The link works once.
 */
export async function verifySignup({
  input,
}: {
  input: z.infer<typeof verifySignupSchema>;
}): Promise<{ email: string; workspaceId: string }> {
  return prisma().$transaction(async (tx) => {
    const now = new Date();
    const request = await tx.signupRequest.findUnique({ where: { tokenHash: hashOneTimeToken(input.token) } });
    if (!request) throw invalidLink();
    const spent = await tx.signupRequest.updateMany({
      where: { id: request.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (spent.count !== 1) throw invalidLink();
    // The same address may have got an account meanwhile (another sign-up link, an invitation): the
    // person who opened this link controls the address, so the account takes this sign-up's password.
    const user = await tx.user.upsert({
      where: { email: request.email },
      create: { email: request.email, name: request.name, passwordHash: request.passwordHash, emailVerified: now },
      update: { passwordHash: request.passwordHash, emailVerified: now, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    const workspace = await tx.workspace.create({
      data: { name: request.workspaceName, memberships: { create: { userId: user.id, role: "OWNER" } } },
    });
    return { email: user.email, workspaceId: workspace.id };
  });
}
