import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";

// Events that have never been tried are the after-response drain's for their first minute; the sweep
// takes them only after that (a crash between acknowledgement and processing), so a burst is not
// processed twice over in competition. Small batches: on the embedded database every statement runs
// on the thread that acknowledges webhooks, and a long transaction would hold acknowledgements up.
const FRESH_GRACE_MS = 60_000;

/** Retries stored pushes whose processing failed or never ran (a crash between ack and processing). */
export async function sweepWebhookEvents({
  limit = 50,
  maxBatches = 200,
  now = new Date(),
  freshGraceMs = FRESH_GRACE_MS,
}: {
  limit?: number;
  maxBatches?: number;
  now?: Date;
  /** 0 for the worker role's pickup: a web instance has no after-response drain to leave fresh events to. */
  freshGraceMs?: number;
} = {}) {
  const total = { due: 0, processed: 0, failed: 0 };
  for (let i = 0; i < maxBatches; i++) {
    const r = await processWebhookEvents({ limit, now, freshGraceMs });
    total.due += r.claimed;
    total.processed += r.processed;
    total.failed += r.failed;
    if (r.claimed < limit) break;
  }
  return total;
}
