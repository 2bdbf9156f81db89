import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { clientRequestIdFor, sendScheduledMessage, type SendOutcome } from "@/lib/follow-ups/send-scheduled-message";

const log = logger("follow-ups");

export const CLAIM_LEASE_MS = 10 * 60_000;
export const INTERRUPTED_REASON = "Отправка прервана (сбой сервера): сообщение могло уйти. Проверьте чат, прежде чем повторять.";

/**
 * The minute job (Inngest cron, or the in-process schedule): claims each due message with one
 * conditional update (SCHEDULED -> SENDING), so two overlapping sweeps never send one twice, and
 * sends it. Editing or cancelling is a row update before that moment; nothing else to reschedule.
 * A claim whose lease ran out was interrupted: with no reply stored yet nothing left, so it waits
 * again; with one stored its outcome is copied, or it fails saying it may have gone out.
 */
export async function sweepScheduledMessages({ now: fixedNow, limit = 100 }: { now?: Date; limit?: number } = {}) {
  const db = prisma();
  const now = fixedNow ?? new Date();
  const interrupted = await recoverInterrupted({ now });
  const due = await db.scheduledMessage.findMany({
    where: { status: "SCHEDULED", sendAt: { lte: now } },
    orderBy: [{ sendAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  const outcomes: Partial<Record<SendOutcome, number>> = {};
  for (const { id } of due) {
    const claimed = await db.scheduledMessage.updateMany({
      where: { id, status: "SCHEDULED", sendAt: { lte: now } },
      data: { status: "SENDING", lockedUntil: new Date(now.getTime() + CLAIM_LEASE_MS) },
    });
    if (!claimed.count) continue;
    const outcome = await sendScheduledMessage({ scheduledId: id, now: fixedNow ?? new Date() });
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  if (due.length || interrupted) log.info("sweep", { due: due.length, interrupted, ...outcomes });
  return { due: due.length, interrupted, outcomes };
}

async function recoverInterrupted({ now }: { now: Date }): Promise<number> {
  const db = prisma();
  const stale = await db.scheduledMessage.findMany({ where: { status: "SENDING", lockedUntil: { lt: now } }, select: { id: true } });
  for (const { id } of stale) {
    const message = await db.message.findUnique({ where: { clientRequestId: clientRequestIdFor(id) }, select: { id: true, status: true, error: true } });
    const data = !message
      ? { status: "SCHEDULED" as const }
      : message.status === "SENT"
        ? { status: "SENT" as const, sentMessageId: message.id, sentAt: now }
        : message.status === "FAILED"
          ? { status: "FAILED" as const, sentMessageId: message.id, error: message.error }
          : { status: "FAILED" as const, sentMessageId: message.id, error: INTERRUPTED_REASON };
    await db.scheduledMessage.updateMany({ where: { id, status: "SENDING", lockedUntil: { lt: now } }, data: { ...data, lockedUntil: null } });
  }
  return stale.length;
}
