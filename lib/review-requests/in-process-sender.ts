import { logger } from "@/lib/log";
import { processReviewRequest } from "@/lib/review-requests/process-review-request";
import { processState } from "@/lib/process-state";

const log = logger("review-requests");

// The embedded default has one database connection shared with the web server. One worker
// sends queued requests one at a time and steps aside while webhooks are arriving, so their
// answers never wait behind a burst of sends (each send is several queries plus a provider
// call). Sending a little later is fine; answering amoCRM late is not. The wait is capped, so
// steady traffic slows sending down but cannot stop it.
const QUIET_GAP_MS = 50;
const MAX_DEFER_MS = 1_000;
const state = processState({
  key: "sender",
  init: () => ({
    queue: [] as string[],
    queued: new Set<string>(),
    running: null as Promise<void> | null,
    lastWebhookAt: 0,
  }),
});
const { queue, queued } = state;

/** Called by every incoming webhook: the sender waits for a gap. */
export function noteWebhookActivity(): void {
  state.lastWebhookAt = performance.now();
}

export function sendInProcess({ requestIds }: { requestIds: string[] }): Promise<void> {
  for (const id of requestIds) {
    if (queued.has(id)) continue;
    queued.add(id);
    queue.push(id);
  }
  return kick();
}

function kick(): Promise<void> {
  state.running ??= drain().finally(() => {
    state.running = null;
    // Ids queued while the last one was finishing.
    if (queue.length > 0) void kick();
  });
  return state.running;
}

async function drain(): Promise<void> {
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    queued.delete(id);
    for (
      let waited = 0;
      performance.now() - state.lastWebhookAt < QUIET_GAP_MS && waited < MAX_DEFER_MS;
      waited += 25
    ) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    try {
      await processReviewRequest({ requestId: id });
    } catch (error) {
      // The request stays QUEUED (or its lease expires): the minute sweep picks it up.
      log.error("in-process send failed", {
        requestId: id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}
