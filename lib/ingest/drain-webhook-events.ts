import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";

// The embedded default's after-response processing. Requests during a burst share one drain, which
// takes stored events in batches until none are left, instead of each request processing its own.
// PGlite runs in this process and executes one statement at a time, so while pushes keep arriving
// the drain takes small batches and pauses between them: acknowledgements come first, processing
// catches up as soon as the burst ends (and within the minute the inbox promises at normal rates).
const START_DELAY_MS = 100;
const QUIET_AFTER_MS = 150;
const BUSY = { batch: 10, pauseMs: 1000 };
const IDLE = { batch: 200, pauseMs: 0 };

type Drain = { running: Promise<void> | null; lastRequestAt: number };
const state = globalThis as unknown as { __webhookDrain?: Drain };
state.__webhookDrain ??= { running: null, lastRequestAt: 0 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function requestWebhookDrain(): Promise<void> {
  const drain = state.__webhookDrain!;
  drain.lastRequestAt = Date.now();
  drain.running ??= (async () => {
    await sleep(START_DELAY_MS);
    for (;;) {
      const mode = Date.now() - drain.lastRequestAt < QUIET_AFTER_MS ? BUSY : IDLE;
      const r = await processWebhookEvents({ limit: mode.batch });
      const arrivedSince = Date.now() - drain.lastRequestAt < QUIET_AFTER_MS;
      if (r.claimed < mode.batch && !arrivedSince) break;
      await sleep(mode.pauseMs || (r.claimed ? 0 : QUIET_AFTER_MS));
    }
  })().finally(() => {
    drain.running = null;
  });
  return drain.running;
}
