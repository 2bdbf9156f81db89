import { prisma } from "@/lib/db";
import { claimBatch, utc } from "@/lib/jobs/claim-batch";
import { logger } from "@/lib/log";
import { deliver, subscriberById } from "@/lib/events/bus";
import { domainEventSchemas } from "@/lib/events/domain-events";
import { DELIVERY_LEASE_MS, deliveryBackoffMs } from "@/lib/events/event-deliveries";

const log = logger("events");

/**
 * The minute sweep of durable after-commit work whose first run failed or never happened (a crash
 * between the commit and the handler): each due row is claimed with a lease (lib/jobs/claim-batch.ts:
 * FOR UPDATE SKIP LOCKED, so instances never share one) and run again; a success deletes it, a failure backs it off.
 */
export async function sweepEventDeliveries({
  limit = 100,
  now = new Date(),
  leaseMs = DELIVERY_LEASE_MS,
}: { limit?: number; now?: Date; leaseMs?: number } = {}) {
  const rows = await claimBatch({
    table: "EventDelivery",
    due: (rows) => rows.where("nextAttemptAt", "<=", utc(now)).orderBy("nextAttemptAt"),
    set: { nextAttemptAt: utc(new Date(now.getTime() + leaseMs)) },
    limit,
    returning: ["id", "subscriber", "payload"],
  });
  let delivered = 0;
  for (const row of rows) {
    const subscriber = subscriberById(row.subscriber);
    const data = subscriber ? domainEventSchemas[subscriber.event].safeParse(row.payload) : null;
    if (!subscriber || !data?.success) {
      // Kept, not dropped: a deploy that renamed a subscriber is fixed by hand, the row tells what was due.
      log.error("event delivery has no runnable subscriber", { deliveryId: row.id, subscriber: row.subscriber });
      await prisma().eventDelivery.update({
        where: { id: row.id },
        data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + deliveryBackoffMs(24)) },
      });
      continue;
    }
    if (await deliver({ subscriber, data: data.data, deliveryId: row.id, now, leaseMs })) delivered += 1;
  }
  if (rows.length) log.info("event deliveries retried", { claimed: rows.length, delivered });
  return { claimed: rows.length, delivered };
}
