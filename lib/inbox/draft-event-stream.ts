import type { DraftEvent } from "@/lib/inbox/generate-draft";
import { logger } from "@/lib/log";

const log = logger("ai-draft");

export const EVENT_STREAM_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  // Proxies (nginx) would otherwise buffer the stream and the panel would see the draft all at once.
  "x-accel-buffering": "no",
} as const;

/** Server-sent events, one JSON object per `data:` line; a failure mid-stream becomes an error event. */
export function toEventStream(
  events: AsyncIterable<DraftEvent>,
  { requestId }: { requestId: string },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = events[Symbol.asyncIterator]();
  const frame = (payload: unknown) => encoder.encode(`data: ${JSON.stringify(payload)}\n\n`);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(frame(next.value));
      } catch (error) {
        log.error("draft stream failed", {
          requestId,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
        controller.enqueue(frame({ type: "error", message: "Internal error", requestId }));
        controller.close();
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
