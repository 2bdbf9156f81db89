import { database } from "@/lib/db";
import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";

// The embedded default's after-response processing. Requests during a burst share one drain, which
// takes stored events in batches until none are left, instead of each request processing its own.
// PGlite runs in this process on one connection: while a processing transaction runs, the next
// acknowledgement's insert waits for it. So while pushes keep arriving the drain takes one event at
// a time (a short transaction) and pauses between them: acknowledgements come first. If the burst
// lasts, the backlog would outgrow the inbox's promise (a message within a minute), so after
// CATCH_UP_AFTER_MS of steady arrivals the drain takes larger batches, trading some acknowledgement
// latency for keeping up. Once pushes stop it empties the backlog at full speed.
const START_DELAY_MS = 100;
const QUIET_AFTER_MS = 150;
const CATCH_UP_AFTER_MS = 20_000;
const BUSY = { batch: 1, pauseMs: 100 };
const CATCH_UP = { batch: 50, pauseMs: 100 };
const IDLE = { batch: 50, pauseMs: 0 };
const SERVER = { batch: 50, pauseMs: 0 };

// `asked`: a request came after the running drain's latest claim began, so that claim may have missed
// the event it stored: the drain claims again before it stops (a request only counts the time since it
// came, and a batch can take longer than QUIET_AFTER_MS).
type Drain = { running: Promise<void> | null; lastRequestAt: number; asked: boolean };
const state = globalThis as unknown as { __webhookDrain?: Drain };
state.__webhookDrain ??= { running: null, lastRequestAt: 0, asked: false };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function requestWebhookDrain(): Promise<void> {
  const drain = state.__webhookDrain!;
  drain.lastRequestAt = Date.now();
  drain.asked = true;
  drain.running ??= (async () => {
    // PostgreSQL: at once (the next macrotask, after this response is written); PGlite: after the burst's next pushes.
    await sleep(database().kind === "postgres" ? 0 : START_DELAY_MS);
    // When the drain last had nothing left behind: how long it has been falling behind a burst.
    let caughtUpAt = Date.now();
    for (;;) {
      const busy = Date.now() - drain.lastRequestAt < QUIET_AFTER_MS;
      const mode = database().kind === "postgres" ? SERVER : !busy ? IDLE : Date.now() - caughtUpAt > CATCH_UP_AFTER_MS ? CATCH_UP : BUSY;
      drain.asked = false;
      const r = await processWebhookEvents({ limit: mode.batch });
      if (r.claimed < mode.batch) caughtUpAt = Date.now();
      const arrivedSince = drain.asked || Date.now() - drain.lastRequestAt < QUIET_AFTER_MS;
      if (r.claimed < mode.batch && !arrivedSince) break;
      await sleep(mode.pauseMs || (r.claimed ? 0 : QUIET_AFTER_MS));
    }
  })().finally(() => {
    drain.running = null;
    // A request between the last check and here found this drain still running: start the next one for it.
    if (drain.asked) void requestWebhookDrain();
  });
  return drain.running;
}

/** Resolves once no drain is running (tests: before the database they use goes away). */
export async function settleWebhookDrain(): Promise<void> {
  while (state.__webhookDrain!.running) await state.__webhookDrain!.running.catch(() => {});
}
