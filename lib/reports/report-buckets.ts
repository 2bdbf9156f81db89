// Durations are kept as histogram buckets in the daily rollups, so medians and 90th percentiles over any
// range are read from a few thousand rows. A figure is the start of its bucket: exact to the minute under
// an hour, then to 5 minutes (under 4 h), 15 minutes (under a day), an hour (under a week), a day.
const STEPS: { from: number; width: number }[] = [
  { from: 0, width: 60 },
  { from: 3_600, width: 300 },
  { from: 14_400, width: 900 },
  { from: 86_400, width: 3_600 },
  { from: 604_800, width: 86_400 },
];
// Longer waits (over 97 days) share the last bucket.
const LAST_FROM = 604_800 + 90 * 86_400;

// The first bucket of each step.
const FIRST_BUCKET = STEPS.map((_, i) => STEPS.slice(0, i).reduce((sum, s, j) => sum + (STEPS[j + 1]!.from - s.from) / s.width, 0));
export const MAX_BUCKET = FIRST_BUCKET.at(-1)! + (LAST_FROM - STEPS.at(-1)!.from) / STEPS.at(-1)!.width;

export function bucketOf(seconds: number): number {
  const s = Math.min(Math.max(0, Math.floor(seconds)), LAST_FROM);
  for (let i = STEPS.length - 1; i >= 0; i--) {
    if (s >= STEPS[i]!.from) return FIRST_BUCKET[i]! + Math.floor((s - STEPS[i]!.from) / STEPS[i]!.width);
  }
  return 0;
}

/** The duration (seconds) a bucket stands for: its start. */
export function bucketStart(bucket: number): number {
  for (let i = STEPS.length - 1; i >= 0; i--) {
    if (bucket >= FIRST_BUCKET[i]!) return STEPS[i]!.from + (bucket - FIRST_BUCKET[i]!) * STEPS[i]!.width;
  }
  return 0;
}

/** bucketOf() in SQL, over an integer seconds expression (trusted SQL text, never user input). */
export function bucketSql(seconds: string): string {
  const s = `least(greatest(${seconds}, 0), ${LAST_FROM})`;
  const arms = STEPS.map((step, i) => `WHEN ${s} >= ${step.from} THEN ${FIRST_BUCKET[i]} + (${s} - ${step.from}) / ${step.width}`).reverse();
  return `(CASE ${arms.join(" ")} ELSE 0 END)`;
}
