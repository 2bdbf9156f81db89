import { processState } from "@/lib/process-state";

type Pending<I, O> = { input: I; resolve: (output: O) => void; reject: (error: unknown) => void };

/**
 * Group commit for hot write paths (webhook acknowledgements): while one statement is in flight, the
 * writes that arrive meanwhile wait and go together in the next one. Each caller is answered only once
 * its own rows are committed, but a burst costs a few statements instead of one per request — which
 * matters most on the embedded database, where every statement runs on the thread that serves HTTP.
 * `write` gets the waiting inputs in arrival order and returns one output per input, in that order.
 * A batch that fails is written again one input at a time, so an input that cannot be stored (one
 * tenant's bad data, a constraint) fails only its own caller, never the others it was batched with.
 */
export function groupCommit<I, O>({
  key,
  maxBatch,
  write,
}: {
  key: string;
  maxBatch: number;
  write: (inputs: I[]) => Promise<O[]>;
}): (input: I) => Promise<O> {
  const state = processState({
    key: `group-commit:${key}`,
    init: () => ({ pending: [] as Pending<I, O>[], flushing: false }),
  });
  async function writeOne(p: Pending<I, O>) {
    try {
      const [output] = await write([p.input]);
      p.resolve(output!);
    } catch (error) {
      p.reject(error);
    }
  }
  async function flush() {
    state.flushing = true;
    try {
      while (state.pending.length > 0) {
        const batch = state.pending.splice(0, maxBatch);
        try {
          const outputs = await write(batch.map((p) => p.input));
          batch.forEach((p, i) => p.resolve(outputs[i]!));
        } catch (error) {
          if (batch.length === 1) batch[0]!.reject(error);
          else for (const p of batch) await writeOne(p);
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
