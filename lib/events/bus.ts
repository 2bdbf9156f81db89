import pRetry from "p-retry";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterResponse } from "@/lib/http/after-response";
import { logger } from "@/lib/log";
import type { DomainEvent, DomainEventName, DomainEventPayload } from "@/lib/events/domain-events";
import { holdDeliveryLease, recordDeliveryFailure, RetryRemainder, storeDelivery } from "@/lib/events/event-deliveries";

type Tx = Prisma.TransactionClient;
const log = logger("events");

/**
 * A subscriber runs in one of two places, chosen where it is declared:
 * - "in-transaction": inside the publisher's transaction, with its `tx`. What must commit or roll back
 *   with the change (stream outbox rows, cancelling follow-ups a buyer message overtook, report rows).
 *   Its failure rolls the change back, and the publisher's caller retries as it would any failure.
 * - "after-commit": once the change is committed, for work that reads the committed state or calls out.
 *   A failure never undoes the change; it is logged and retried:
 *   - retry "durable": a row in EventDelivery is written in the change's transaction, deleted when the
 *     handler succeeds, retried with back-off by the minute sweep (event-deliveries-sweep) otherwise. A
 *     crash between the commit and the handler loses nothing (a follow-up start, say).
 *   - retry "in-process": retried a few times at once; `safetyNet` names what catches up after a crash.
 *   `afterResponse` runs it once the HTTP response is sent (work that may take seconds).
 *   A running durable delivery keeps renewing its lease, so the sweep takes only the rows of a crashed or
 *   stalled process; `split` makes one delivery per part (a chunk of chats), and a handler that did part
 *   of its work throws RetryRemainder so only the rest is retried.
 * Handlers are idempotent all the same: a delivery may still run twice (a process stalled past its lease).
 */
export type Subscriber<N extends DomainEventName = DomainEventName> = { id: string; event: N } & (
  | { phase: "in-transaction"; handle: (data: DomainEventPayload<N>, ctx: InTransaction) => Promise<unknown> }
  | {
      phase: "after-commit";
      retry: "durable" | "in-process";
      safetyNet?: string;
      afterResponse?: boolean;
      /** Durable only: one delivery per part (a chunk of chats), each retried on its own. */
      split?: (data: DomainEventPayload<N>) => DomainEventPayload<N>[];
      handle: (data: DomainEventPayload<N>) => Promise<unknown>;
    }
);
/**
 * An in-transaction subscriber's context: the change's transaction, and `publish` for what the handler
 * itself changed (a follow-up cancelled with a closed chat), so that change's subscribers (the stream's
 * outbox row) run in the same transaction.
 */
export type InTransaction = { tx: Tx; publish: Publish };
/** Any event's subscriber (a union over the event names, so each keeps its payload type). */
export type AnySubscriber = { [N in DomainEventName]: Subscriber<N> }[DomainEventName];
type AfterCommit = Extract<AnySubscriber, { phase: "after-commit" }>;
export type Publish = (event: DomainEvent) => Promise<void>;

/** Declares a subscriber with its payload typed from the event name. */
export function defineSubscriber<N extends DomainEventName>(subscriber: Subscriber<N>): Subscriber<N> {
  return subscriber;
}

// On globalThis: the subscribers are registered once at start-up (lib/domain-subscribers.ts), and the
// app's route bundles must see the same list.
const REGISTRY = Symbol.for("agentiq.domainSubscribers");
const store = globalThis as unknown as { [REGISTRY]?: Map<string, AnySubscriber> };
const registry = () => (store[REGISTRY] ??= new Map());

/** Adds subscribers, in order: in-transaction ones run in the order they were added. Idempotent by id. */
export function subscribe(subscribers: AnySubscriber[]): void {
  for (const s of subscribers) registry().set(s.id, s);
}

/** Removes subscribers by id (tests that add their own). */
export function unsubscribe(ids: string[]): void {
  for (const id of ids) registry().delete(id);
}

export function subscriberById(id: string): AfterCommit | null {
  const s = registry().get(id);
  return s?.phase === "after-commit" ? s : null;
}

type Pending = { subscriber: AfterCommit; data: unknown; deliveryId: string | null };

async function publishIn(tx: Tx, event: DomainEvent, pending: Pending[]): Promise<void> {
  const all = registry();
  // A process that never registered them would store changes with nobody told: fail instead.
  if (!all.size)
    throw new Error(
      "Domain event subscribers are not registered (registerDomainSubscribers, lib/domain-subscribers.ts)",
    );
  for (const s of all.values()) {
    if (s.event !== event.name) continue;
    if (s.phase === "in-transaction")
      await (s.handle as (d: unknown, c: InTransaction) => Promise<unknown>)(event.data, {
        tx,
        publish: (e) => publishIn(tx, e, pending),
      });
    else if (s.retry === "in-process") pending.push({ subscriber: s, data: event.data, deliveryId: null });
    else {
      const parts = s.split ? (s.split as (d: unknown) => unknown[])(event.data) : [event.data];
      for (const part of parts)
        pending.push({
          subscriber: s,
          data: part,
          deliveryId: await storeDelivery({ tx, subscriber: s.id, payload: part }),
        });
    }
  }
}

/**
 * A transaction whose changes announce domain events: `publish` runs the in-transaction subscribers at
 * once, and the after-commit ones run once the transaction has committed (nothing runs if it rolls back).
 */
export async function withDomainEvents<T>(
  run: (tx: Tx, publish: Publish) => Promise<T>,
  options?: { timeout?: number },
): Promise<T> {
  const pending: Pending[] = [];
  const result = await prisma().$transaction((tx) => run(tx, (event) => publishIn(tx, event, pending)), options);
  for (const p of pending) {
    if (p.subscriber.afterResponse) afterResponse(async () => void (await deliver(p)));
    else await deliver(p);
  }
  return result;
}

/**
 * For a write with no transaction of its own: the write and the events it announces commit together.
 * `events` may read the write's result (an update that matched nothing announces nothing).
 */
export async function withDomainEvent<T>(
  events: DomainEvent | DomainEvent[] | ((result: NoInfer<T>) => DomainEvent | DomainEvent[]),
  run: (tx: Tx) => Promise<T>,
): Promise<T> {
  return withDomainEvents(async (tx, publish) => {
    const result = await run(tx);
    const list = typeof events === "function" ? events(result) : events;
    for (const event of Array.isArray(list) ? list : [list]) await publish(event);
    return result;
  });
}

/** Runs one after-commit subscriber; never throws (its failure is logged and left to its retry). */
export async function deliver({
  subscriber,
  data,
  deliveryId,
  now,
  leaseMs,
}: Pending & { now?: Date; leaseMs?: number }): Promise<boolean> {
  const handle = subscriber.handle as (d: unknown) => Promise<unknown>;
  if (deliveryId) {
    const release = holdDeliveryLease({
      id: deliveryId,
      leaseMs,
      onError: (e) => log.warn("delivery lease not renewed", { deliveryId, error: describe(e) }),
    });
    try {
      await handle(data);
    } catch (error) {
      const remainder = error instanceof RetryRemainder ? error : null;
      log.error("after-commit subscriber failed; the sweep retries it", {
        subscriber: subscriber.id,
        deliveryId,
        error: describe(remainder?.failure ?? error),
      });
      await recordDeliveryFailure({
        id: deliveryId,
        error: remainder?.failure ?? error,
        payload: remainder?.payload,
        now,
      }).catch((e: unknown) => log.error("recording a failed delivery failed", { deliveryId, error: describe(e) }));
      return false;
    } finally {
      release();
    }
    await prisma()
      .eventDelivery.deleteMany({ where: { id: deliveryId } })
      .catch((e: unknown) => log.warn("delivered row not deleted; it runs again", { deliveryId, error: describe(e) }));
    return true;
  }
  try {
    await pRetry(() => handle(data), {
      retries: 2,
      minTimeout: 200,
      onFailedAttempt: ({ error, attemptNumber }) =>
        log.warn("after-commit subscriber failed; retrying", {
          subscriber: subscriber.id,
          attempt: attemptNumber,
          error: describe(error),
        }),
    });
    return true;
  } catch (error) {
    log.error("after-commit subscriber failed", {
      subscriber: subscriber.id,
      catchesUp: subscriber.safetyNet ?? null,
      error: describe(error),
    });
    return false;
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
