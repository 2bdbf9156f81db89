import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";

// The embedded default's after-response processing. Requests during a burst share one drain, which
// takes stored events in batches until none are left, instead of each request processing its own.
// Small batches with a yield in between keep each processing transaction short, so acknowledgements
// (which wait for the single PGlite connection) are not stuck behind a long one.
const DRAIN_DELAY_MS = 200;
const BATCH = 100;
const state = globalThis as unknown as { __webhookDrain?: { running: Promise<void> | null; again: boolean } };
state.__webhookDrain ??= { running: null, again: false };

export function requestWebhookDrain(): Promise<void> {
  const drain = state.__webhookDrain!;
  if (drain.running) {
    drain.again = true;
    return drain.running;
  }
  drain.running = (async () => {
    await new Promise((r) => setTimeout(r, DRAIN_DELAY_MS));
    do {
      drain.again = false;
      for (;;) {
        const r = await processWebhookEvents({ limit: BATCH });
        if (r.claimed < BATCH) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
    } while (drain.again);
  })().finally(() => {
    drain.running = null;
  });
  return drain.running;
}
