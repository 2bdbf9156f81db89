import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { withDomainEvents } from "@/lib/events/bus";
import { isUniqueViolation } from "@/lib/is-unique-violation";
import { logger } from "@/lib/log";
import { caseReminderSchedule } from "@/lib/negative-reviews/case-reminder-schedule";
import { OPEN_CASE_STATUSES } from "@/lib/negative-reviews/constants";
import { getReminderOffsets } from "@/lib/negative-reviews/get-reminder-offsets";
import { reminderEmail } from "@/lib/negative-reviews/reminder-text";
import { sendNotificationEmail } from "@/lib/negative-reviews/send-notification-email";
import { caseReminderNotice } from "@/lib/notifications/reminder-notice";

const log = logger("negative-reviews");
// Inngest wakes a sleep at its time; the in-process sweep up to a minute later. Never early.
const CLOCK_SLACK_MS = 1_000;

export type FireOutcome = "sent" | "skipped" | "cancelled" | "already" | "not_due" | "closed";

/**
 * Sends one reminder or escalation of a case, exactly once: the ledger row (unique per case and kind)
 * is claimed, with the in-app notifications (announced: negative-reviews/reminder.due), in one transaction before any email goes out, so an
 * Inngest retry or the minute sweep arriving second finds it taken. A reminder overtaken by a later
 * one (the app was down) is recorded as SKIPPED; an escalation the seller's reply made moot as CANCELLED.
 */
export async function fireCaseReminder({
  caseId,
  kind,
  firedBy,
  now = new Date(),
}: {
  caseId: string;
  kind: string;
  firedBy: "inngest" | "sweep";
  now?: Date;
}): Promise<FireOutcome> {
  const db = prisma();
  const kase = await db.negativeReviewCase.findUnique({
    where: { id: caseId },
    include: { chat: { select: { id: true, assigneeId: true } } },
  });
  if (!kase || !(OPEN_CASE_STATUSES as readonly string[]).includes(kase.status)) return "closed";
  const schedule = caseReminderSchedule({
    kase,
    offsetsHours: await getReminderOffsets({ workspaceId: kase.workspaceId }),
  });
  const item = schedule.find((r) => r.kind === kind);
  if (!item || item.at.getTime() > now.getTime() + CLOCK_SLACK_MS) return "not_due";

  let outcome: "SENT" | "SKIPPED" | "CANCELLED" = "SENT";
  if (item.type === "escalation") {
    const base = kase.hasHoldWindow ? kase.firstBuyerReplyAt! : kase.reviewCreatedAt;
    const replied = kase.chatId
      ? await db.message.count({
          where: {
            chatId: kase.chatId,
            author: "SELLER",
            createdAt: { gt: base },
            OR: [{ status: null }, { status: "SENT" }],
          },
        })
      : 0;
    if (replied) outcome = "CANCELLED";
  } else {
    const overtaken = schedule.some((r) => r.type === "deadline" && r.at > item.at && r.at.getTime() <= now.getTime());
    if (overtaken || (kase.deadlineAt && kase.deadlineAt <= now)) outcome = "SKIPPED";
  }

  const userIds = await recipients({
    workspaceId: kase.workspaceId,
    assigneeId: item.type === "escalation" ? null : (kase.chat?.assigneeId ?? null),
  });
  const users = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, email: true, locale: true },
  });
  const link = new URL(
    `/inbox?view=negative&chat=${encodeURIComponent(kase.chatId ?? kase.reviewChatId ?? "")}`,
    env().NEXTAUTH_URL ?? "http://localhost:3000",
  ).toString();
  const notice = caseReminderNotice({ kase, type: item.type, now });

  let ledgerId: string;
  try {
    ledgerId = await withDomainEvents(async (tx, publish) => {
      const row = await tx.negativeReviewReminder.create({
        data: {
          caseId,
          kind,
          dueAt: item.at,
          outcome,
          firedBy,
          recipients: outcome === "SENT" ? users.map((u) => u.id) : [],
        },
        select: { id: true },
      });
      // The in-app notifications (lib/notifications) are written with the ledger row.
      if (outcome === "SENT" && users.length)
        await publish({
          name: "negative-reviews/reminder.due",
          data: { workspaceId: kase.workspaceId, caseId, type: item.type, userIds: users.map((u) => u.id), at: now },
        });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "already";
    throw error;
  }
  if (outcome !== "SENT") return outcome === "SKIPPED" ? "skipped" : "cancelled";

  const statuses: string[] = [];
  for (const u of users) {
    const email = reminderEmail({ notice, locale: u.locale, link });
    statuses.push(
      await sendNotificationEmail({
        to: u.email,
        subject: email.subject,
        text: email.text,
        idempotencyKey: `${ledgerId}:${u.id}`,
      }),
    );
  }
  await db.negativeReviewReminder.update({ where: { id: ledgerId }, data: { emailStatus: summarise(statuses) } });
  log.info("negative-review reminder sent", {
    caseId,
    kind,
    firedBy,
    recipients: users.length,
    email: summarise(statuses),
  });
  return "sent";
}

/** The assignee, or the workspace owners when there is none (and always the owners for escalations). */
async function recipients({
  workspaceId,
  assigneeId,
}: {
  workspaceId: string;
  assigneeId: string | null;
}): Promise<string[]> {
  if (assigneeId) {
    const member = await prisma().membership.findFirst({
      where: { workspaceId, userId: assigneeId },
      select: { userId: true },
    });
    if (member) return [member.userId];
  }
  const owners = await prisma().membership.findMany({
    where: { workspaceId, role: "OWNER" },
    select: { userId: true },
  });
  return owners.map((o) => o.userId);
}

function summarise(statuses: string[]): string {
  if (!statuses.length) return "no_recipients";
  return [...new Set(statuses)].join("; ").slice(0, 500);
}
