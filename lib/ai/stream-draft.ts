import { acceptLlmText, offlineResult, planLlmDraft, type DraftInput } from "@/lib/ai/draft-result";
import { toLlmError } from "@/lib/ai/llm-error";
import { draftContextSchema, type DraftResult, type FallbackReason } from "@/lib/ai/types";

// What the draft panel receives while a draft is written. After a "reset" the panel clears what it
// has shown (a half-written LLM text) and the offline draft follows as deltas.
export type DraftStreamEvent = { type: "delta"; text: string } | { type: "reset"; reason: FallbackReason };

export type DraftStream = {
  events: AsyncIterable<DraftStreamEvent>;
  // Resolves when the draft is final, whether or not anyone iterates `events`.
  result: Promise<DraftResult>;
};

// A single-consumer queue: the producer runs on its own, so `result` settles even if the UI
// never reads the events, and events are kept until read.
function eventQueue() {
  const items: DraftStreamEvent[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  return {
    push(event: DraftStreamEvent) {
      items.push(event);
      wake?.();
    },
    close() {
      closed = true;
      wake?.();
    },
    async *iterate(): AsyncGenerator<DraftStreamEvent> {
      for (;;) {
        const next = items.shift();
        if (next) {
          yield next;
          continue;
        }
        if (closed) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
    },
  };
}

export function streamDraft({ context: input, config, signal, fetchImpl, onLlmError }: DraftInput): DraftStream {
  const startedAt = performance.now();
  const context = draftContextSchema.parse(input);
  const queue = eventQueue();

  const fallBack = (reason: FallbackReason | undefined, shown: boolean): DraftResult => {
    const result = offlineResult({ context, startedAt, fallbackReason: reason });
    if (shown && reason) queue.push({ type: "reset", reason });
    queue.push({ type: "delta", text: result.text });
    return result;
  };

  const run = async (): Promise<DraftResult> => {
    const llm = planLlmDraft({ context, config, fetchImpl });
    if (!llm) return fallBack(undefined, false);
    const { provider, classification } = llm;
    let raw = "";
    try {
      for await (const delta of provider.stream({ context, classification, signal })) {
        raw += delta;
        queue.push({ type: "delta", text: delta });
      }
    } catch (error) {
      const llmError = toLlmError(error);
      onLlmError?.(llmError);
      return fallBack(llmError.reason, raw.length > 0);
    }
    const accepted = acceptLlmText({ raw, context, classification, model: provider.model, startedAt });
    // The guardrails can only judge the whole text, so a violating draft is withdrawn after streaming.
    if (typeof accepted === "string") return fallBack(accepted, raw.length > 0);
    return accepted;
  };

  const result = run().finally(() => queue.close());
  return { events: queue.iterate(), result };
}
