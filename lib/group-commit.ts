import { processState } from "@/lib/process-state";

type Pending<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

/**
 * Group commit for hot write paths (webhook acknowledgements): while one statement is in flight, the
 * writes that arrive meanwhile wait and go together in the next one. Each caller is answered only once
 * its own rows are committed, but a burst costs a few statements instead of one per request — which
 * matters most on the embedded database, where every statement runs on the thread that serves HTTP.
 * `write` gets the waiting inputs in arrival order and returns one output per input, in that order.
 */
export function groupCommit<I, O>({ key, maxBatch, write }: { key: string; maxBatch: number; write: (inputs: I[]) => Promise<O[]> }): (input: I) => Promise<O> {
  const state = processState({ key: `group-commit:${key}`, init: () => ({ pending: [] as Pending<I, O>[], flushing: false }) });
  async function flush() {
    state.flushing = true;
    try {
      while (state.pending.length > 0) {
        const batch = state.pending.splice(0, maxBatch);
        try {
          const outputs = await write(batch.map((p) => p.input));
          batch.forEach((p, i) => p.resolve(outputs[i]!));
        } catch (error) {
          for (const p of batch) p.reject(error);
        }
      }
    } finally {
      state.flushing = false;
    }
  }
  return (input) =>
    new Promise<O>((resolve, reject) => {
      state.pending.push({ input, resolve, reject });
      if (!state.flushing) void flush();
    });
}
