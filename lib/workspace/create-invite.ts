import crypto from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dictionaries } from "@/lib/i18n/dictionaries";
import { accountEmail } from "@/lib/auth/account-email";
import { sendEmail } from "@/lib/email/send-email";
import { recordAudit } from "@/lib/audit/record-audit";
import { elapsedDaysAfter } from "@/lib/time/zoned-time";
import type { createInviteSchema } from "@/lib/workspace/invite-schema";

const INVITE_DAYS = 7;

export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The link is shown to the owner once (and emailed when Resend is configured); only its hash is stored. */
export async function createInvite({
  workspaceId,
  invitedById,
  baseUrl,
  input,
}: {
  workspaceId: string;
  invitedById: string;
  baseUrl: string;
  input: z.infer<typeof createInviteSchema>;
}): Promise<{ id: string; url: string; emailed: boolean }> {
  const already = await prisma().membership.findFirst({
    where: { workspaceId, user: { email: input.email } },
    select: { id: true },
  });
  if (already) {
    const [ru, en] = [dictionaries.ru.security.team.alreadyMember, dictionaries.en.security.team.alreadyMember];
    throw new AppError("conflict", en, { details: { reason: "already_member", ru, en } });
  }
  const token = crypto.randomBytes(24).toString("base64url");
  const invite = await prisma().invite.create({
    data: {
      workspaceId,
      invitedById,
      email: input.email,
      role: input.role,
      tokenHash: hashInviteToken(token),
      expiresAt: elapsedDaysAfter({ at: new Date(), days: INVITE_DAYS }),
    },
    include: { workspace: { select: { name: true } }, invitedBy: { select: { email: true, locale: true } } },
  });
  await recordAudit({
    workspaceId,
    actor: { id: invitedById, email: invite.invitedBy.email },
    action: "invite.created",
    targetEmail: input.email,
    details: { role: input.role },
  });
  const url = new URL(`/invite/${token}`, baseUrl).toString();
  // In the invitee's language when they already have an account, else in the inviter's.
  const invitee = await prisma().user.findUnique({ where: { email: input.email }, select: { locale: true } });
  const email = accountEmail({
    kind: "invite",
    locale: invitee?.locale ?? invite.invitedBy.locale,
    values: { link: url, workspace: invite.workspace.name, days: INVITE_DAYS },
  });
  const mail = await sendEmail({ to: input.email, ...email });
  return { id: invite.id, url, emailed: mail.sent };
}
