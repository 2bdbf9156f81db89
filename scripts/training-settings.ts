// What the two trainers (train-classifier.ts, train-guardrails.ts) share: the training files of a kind,
// read only from the tuning and training sets, and the settings a run can override from the environment
// (BUCKETS, EPOCHS, L2 as a comma-separated grid).

/** `<kind>.jsonl` and `<kind>-train.jsonl` … `<kind>-train<rounds>.jsonl`: never a *holdout* or *blind* set. */
export function trainingFiles(kind: "messages" | "guardrails", rounds: number): string[] {
  const rest = Array.from({ length: rounds }, (_, i) => `lib/ai/eval/${kind}-train${i === 0 ? "" : i + 1}.jsonl`);
  return [`lib/ai/eval/${kind}.jsonl`, ...rest];
}

export function trainingSettings({ l2 }: { l2: string }): { buckets: number; epochs: number; l2Grid: number[] } {
  return {
    buckets: Number(process.env.BUCKETS ?? 16384),
    epochs: Number(process.env.EPOCHS ?? 120),
    l2Grid: (process.env.L2 ?? l2).split(",").map(Number),
  };
}
