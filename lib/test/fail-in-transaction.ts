import { defineSubscriber, subscribe, unsubscribe, type AnySubscriber } from "@/lib/events/bus";
import type { DomainEventName } from "@/lib/events/domain-events";

const FAILING = "test.fails-in-transaction";

/** A subscriber that fails inside the publisher's transaction ("subscriber failed"): the whole change must roll back. */
export function failOn(event: DomainEventName): void {
  subscribe([
    defineSubscriber({
      id: FAILING,
      event,
      phase: "in-transaction",
      handle: () => Promise.reject(new Error("subscriber failed")),
    }) as AnySubscriber,
  ]);
}

/** Removes it (afterEach, or mid-test before the change is made again). */
export function stopFailing(): void {
  unsubscribe([FAILING]);
}
