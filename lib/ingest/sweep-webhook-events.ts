import { processWebhookEvents } from "@/lib/ingest/process-webhook-event";

/** Retries stored pushes whose processing failed or never ran (a crash between ack and processing). */
export async function sweepWebhookEvents({ limit = 500, maxBatches = 20, now = new Date() }: { limit?: number; maxBatches?: number; now?: Date } = {}) {
  const total = { due: 0, processed: 0, failed: 0 };
  for (let i = 0; i < maxBatches; i++) {
    const r = await processWebhookEvents({ limit, now });
    total.due += r.claimed;
    total.processed += r.processed;
    total.failed += r.failed;
    if (r.claimed < limit) break;
  }
  return total;
}
