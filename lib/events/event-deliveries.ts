import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The durable after-commit work of domain events (lib/events/bus.ts): the EventDelivery rows.

/** How long a first attempt, right after the commit, has before the sweep may take the row. */
export const DELIVERY_LEASE_MS = 2 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** In the change's transaction: the row commits with the change, or not at all. */
export async function storeDelivery({ tx, subscriber, payload, now = new Date() }: { tx: Prisma.TransactionClient; subscriber: string; payload: unknown; now?: Date }): Promise<string> {
  const row = await tx.eventDelivery.create({
    data: { subscriber, payload: payload as Prisma.InputJsonValue, nextAttemptAt: new Date(now.getTime() + DELIVERY_LEASE_MS) },
    select: { id: true },
  });
  return row.id;
}

/** 30 s after the first failure, doubling to an hour. */
export function deliveryBackoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** Math.max(0, attempts - 1));
}

export async function recordDeliveryFailure({ id, error, now = new Date() }: { id: string; error: unknown; now?: Date }): Promise<void> {
  const row = await prisma().eventDelivery.update({ where: { id }, data: { attempts: { increment: 1 } }, select: { attempts: true } });
  await prisma().eventDelivery.update({
    where: { id },
    data: { nextAttemptAt: new Date(now.getTime() + deliveryBackoffMs(row.attempts)), lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500) },
  });
}
