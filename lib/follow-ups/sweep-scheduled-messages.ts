import { prisma } from "@/lib/db";
import { failureColumns, replyFailureColumns } from "@/lib/follow-ups/scheduled-failure";
import { claimBatch, utc } from "@/lib/jobs/claim-batch";
import { logger } from "@/lib/log";
import { clientRequestIdFor, sendScheduledMessage, type SendOutcome } from "@/lib/follow-ups/send-scheduled-message";

const log = logger("follow-ups");

export const CLAIM_LEASE_MS = 10 * 60_000;
// Claimed a few at a time: each send is a marketplace call, and the lease covers the batch.
const BATCH = 10;

/**
 * The minute job (Inngest cron, or the in-process schedule): claims due messages a batch at a time
 * (SCHEDULED -> SENDING, lib/jobs/claim-batch.ts), so overlapping sweeps, here or on other
 * instances, never send one twice, and sends them. Editing or cancelling is a row update before that moment; nothing else to reschedule.
 * A claim whose lease ran out was interrupted: with no reply stored yet nothing left, so it waits
 * again; with one stored its outcome is copied, or it fails saying it may have gone out.
 */
export async function sweepScheduledMessages({ now: fixedNow, limit = 100 }: { now?: Date; limit?: number } = {}) {
  const now = fixedNow ?? new Date();
  const interrupted = await recoverInterrupted({ now });
  const outcomes: Partial<Record<SendOutcome | "error", number>> = {};
  let due = 0;
  for (let taken = 0; taken < limit; taken += BATCH) {
    const claimed = await claimBatch({
      table: "ScheduledMessage",
      due: (rows) =>
        rows.where("status", "=", "SCHEDULED").where("sendAt", "<=", utc(now)).orderBy("sendAt").orderBy("id"),
      set: { status: "SENDING", lockedUntil: utc(new Date(now.getTime() + CLAIM_LEASE_MS)) },
      limit: Math.min(BATCH, limit - taken),
    });
    for (const { id } of claimed) {
      // One message's fault stays its own (the interrupted-send recovery takes it back after its lease):
      // the other workspaces' messages of the batch still go out.
      const outcome = await sendScheduledMessage({ scheduledId: id, now: fixedNow ?? new Date() }).catch(
        (error: unknown) => {
          log.error("scheduled message failed", {
            scheduledId: id,
            error: error instanceof Error ? error.message : String(error),
          });
          return "error" as const;
        },
      );
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    }
    due += claimed.length;
    if (claimed.length < BATCH) break;
  }
  if (due || interrupted) log.info("sweep", { due, interrupted, ...outcomes });
  return { due, interrupted, outcomes };
}

async function recoverInterrupted({ now }: { now: Date }): Promise<number> {
  const db = prisma();
  const stale = await db.scheduledMessage.findMany({
    where: { status: "SENDING", lockedUntil: { lt: now } },
    select: { id: true },
  });
  for (const { id } of stale) {
    const message = await db.message.findUnique({
      where: { clientRequestId: clientRequestIdFor(id) },
      select: { id: true, status: true, error: true, errorParams: true },
    });
    const data = !message
      ? { status: "SCHEDULED" as const }
      : message.status === "SENT"
        ? { status: "SENT" as const, sentMessageId: message.id, sentAt: now }
        : message.status === "FAILED"
          ? { status: "FAILED" as const, sentMessageId: message.id, ...replyFailureColumns(message) }
          : { status: "FAILED" as const, sentMessageId: message.id, ...failureColumns({ code: "interrupted" }) };
    await db.scheduledMessage.updateMany({
      where: { id, status: "SENDING", lockedUntil: { lt: now } },
      data: { ...data, lockedUntil: null },
    });
  }
  return stale.length;
}
