import { database } from "@/lib/db";
import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";

// The embedded default's after-response processing. Requests during a burst share one drain, which
// takes stored events in batches until none are left, instead of each request processing its own.
// PGlite runs in this process on one connection: while a processing transaction runs, the next
// acknowledgement's insert waits for it. A batch costs about the same twenty statements whether it
// holds one push or fifty, so while pushes keep arriving the drain takes everything that is due (up
// to a full batch) and pauses between batches: the acknowledgements of the burst go in between, each
// batch holds what arrived during the last one and its pause, and a buyer message waits about one
// round, never a queue of single-push rounds (ten a second at most) that falls behind. Once pushes stop
// it empties the backlog at full speed.
const START_DELAY_MS = 100;
// A drain stops once no push came for this long and nothing is left.
const QUIET_AFTER_MS = 150;
const BATCH = 50;
const BUSY_PAUSE_MS = 50;

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
    for (;;) {
      drain.asked = false;
      const r = await processWebhookEvents({ limit: BATCH });
      const busy = Date.now() - drain.lastRequestAt < QUIET_AFTER_MS;
      if (r.claimed < BATCH && !drain.asked && !busy) break;
      // PostgreSQL: acknowledgements have connections of their own, so no pause for them. Nothing due
      // while pushes keep coming: the next ones are awaited rather than claimed for in a tight loop.
      await sleep((!r.claimed && !drain.asked) || (busy && database().kind === "pglite") ? BUSY_PAUSE_MS : 0);
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
