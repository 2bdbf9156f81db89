import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The durable after-commit work of domain events (lib/events/bus.ts): the EventDelivery rows.

/** How long a first attempt, right after the commit, has before the sweep may take the row. */
export const DELIVERY_LEASE_MS = 2 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** In the change's transaction: the row commits with the change, or not at all. */
export async function storeDelivery({
  tx,
  subscriber,
  payload,
  now = new Date(),
}: {
  tx: Prisma.TransactionClient;
  subscriber: string;
  payload: unknown;
  now?: Date;
}): Promise<string> {
  const row = await tx.eventDelivery.create({
    data: {
      subscriber,
      payload: payload as Prisma.InputJsonValue,
      nextAttemptAt: new Date(now.getTime() + DELIVERY_LEASE_MS),
    },
    select: { id: true },
  });
  return row.id;
}

/** 30 s after the first failure, doubling to an hour. */
export function deliveryBackoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/** `payload`: what is left to do, when the handler got part of it done (the rest is not run again). */
export async function recordDeliveryFailure({
  id,
  error,
  payload,
  now = new Date(),
}: {
  id: string;
  error: unknown;
  payload?: unknown;
  now?: Date;
}): Promise<void> {
  const row = await prisma().eventDelivery.update({
    where: { id },
    data: { attempts: { increment: 1 } },
    select: { attempts: true },
  });
  await prisma().eventDelivery.update({
    where: { id },
    data: {
      nextAttemptAt: new Date(now.getTime() + deliveryBackoffMs(row.attempts)),
      lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      ...(payload === undefined ? {} : { payload: payload as Prisma.InputJsonValue }),
    },
  });
}

/**
 * Keeps a running delivery's lease: every third of the lease its row is pushed a lease ahead, so a
 * handler that runs long (a chunk of chats, a slow marketplace) is never taken by the sweep and run
 * twice. A crashed process renews nothing: its rows come due a lease later. Returns the stop function.
 */
export function holdDeliveryLease({
  id,
  leaseMs = DELIVERY_LEASE_MS,
  onError,
}: {
  id: string;
  leaseMs?: number;
  onError: (error: unknown) => void;
}): () => void {
  const timer = setInterval(() => {
    prisma()
      .eventDelivery.updateMany({ where: { id }, data: { nextAttemptAt: new Date(Date.now() + leaseMs) } })
      .catch(onError);
  }, leaseMs / 3);
  timer.unref();
  return () => clearInterval(timer);
}

/** Thrown by a durable handler that did part of its work: only `payload`, the part left, is retried. */
export class RetryRemainder extends Error {
  constructor(
    readonly payload: unknown,
    readonly failure: unknown,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = "RetryRemainder";
  }
}
