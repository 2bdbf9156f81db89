import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import type { Row } from "@/lib/typed-sql";
import { deliver, subscriberById } from "@/lib/events/bus";
import { domainEventSchemas } from "@/lib/events/domain-events";
import { DELIVERY_LEASE_MS, deliveryBackoffMs } from "@/lib/events/event-deliveries";

const log = logger("events");

// Prisma's DateTime columns hold UTC without a zone, whatever the session's time zone.
const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/**
 * The minute sweep of durable after-commit work whose first run failed or never happened (a crash
 * between the commit and the handler): each due row is claimed with a lease (FOR UPDATE SKIP LOCKED, so
 * instances never share one) and run again; a success deletes it, a failure backs it off.
 */
export async function sweepEventDeliveries({ limit = 100, now = new Date(), leaseMs = DELIVERY_LEASE_MS }: { limit?: number; now?: Date; leaseMs?: number } = {}) {
  const rows = await prisma().$queryRaw<Pick<Row<"EventDelivery">, "id" | "subscriber" | "payload">[]>`
    UPDATE "EventDelivery" SET "nextAttemptAt" = ${utc(new Date(now.getTime() + leaseMs))}
    WHERE id IN (SELECT id FROM "EventDelivery" WHERE "nextAttemptAt" <= ${utc(now)} ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, subscriber, payload`;
  let delivered = 0;
  for (const row of rows) {
    const subscriber = subscriberById(row.subscriber);
    const data = subscriber ? domainEventSchemas[subscriber.event].safeParse(row.payload) : null;
    if (!subscriber || !data?.success) {
      // Kept, not dropped: a deploy that renamed a subscriber is fixed by hand, the row tells what was due.
      log.error("event delivery has no runnable subscriber", { deliveryId: row.id, subscriber: row.subscriber });
      await prisma().eventDelivery.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + deliveryBackoffMs(24)) } });
      continue;
    }
    if (await deliver({ subscriber, data: data.data, deliveryId: row.id, now, leaseMs })) delivered += 1;
  }
  if (rows.length) log.info("event deliveries retried", { claimed: rows.length, delivered });
  return { claimed: rows.length, delivered };
}
