import crypto from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dictionaries } from "@/lib/i18n/dictionaries";
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
    include: { workspace: { select: { name: true } }, invitedBy: { select: { email: true } } },
  });
  await recordAudit({
    workspaceId,
    actor: { id: invitedById, email: invite.invitedBy.email },
    action: "invite.created",
    targetEmail: input.email,
    details: { role: input.role },
  });
  const url = new URL(`/invite/${token}`, baseUrl).toString();
  const mail = await sendEmail({
    to: input.email,
    subject: `Приглашение в ${invite.workspace.name} — AgentIQ Inbox`,
    text: `Вас пригласили работать с чатами покупателей в AgentIQ Inbox (${invite.workspace.name}).\nПринять приглашение: ${url}\nСсылка действует ${INVITE_DAYS} дней.`,
  });
  return { id: invite.id, url, emailed: mail.sent };
}
