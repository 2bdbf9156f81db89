import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";

export const signUpSchema = z.object({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(200).transform((v) => v.toLowerCase()),
  password: z.string().min(8, "at least 8 characters").max(200),
  workspaceName: z.string().trim().min(1).max(100),
});
export type SignUp = z.infer<typeof signUpSchema>;

/** Creates a user with a workspace of their own, where they are the owner. */
export async function signUp(input: SignUp): Promise<{ userId: string; workspaceId: string }> {
  const passwordHash = await hashPassword({ password: input.password });
  const existing = await prisma().user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", "An account with this email already exists");
  const user = await prisma().user.create({
    data: {
      email: input.email,
      name: input.name,
      passwordHash,
      memberships: { create: { role: "OWNER", workspace: { create: { name: input.workspaceName } } } },
    },
    include: { memberships: true },
  });
  return { userId: user.id, workspaceId: user.memberships[0]!.workspaceId };
}
