// Durations are kept as histogram buckets in the daily rollups, so medians and 90th percentiles over any
// range are read from a few thousand rows. The steps are the round figures people read a service level
// in: every minute up to 10, then 12, 15, 20 ... minutes, hours, days. A figure is the start of its step
// ("12 min" means 12 to 15 minutes), exact for waits that end on a step.
const MINUTES = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 50, 60, 75, 90, 120, 150, 180, 240, 300, 360, 480, 600, 720,
  960, 1200, 1440, 1800, 2160, 2880, 3600, 4320, 5760, 7200, 8640, 10_080, 14_400, 20_160, 30_240, 43_200, 64_800,
  86_400, 129_600,
];
export const BUCKET_STARTS: readonly number[] = MINUTES.map((m) => m * 60);
export const MAX_BUCKET = BUCKET_STARTS.length - 1;

export function bucketOf(seconds: number): number {
  let lo = 0;
  let hi = MAX_BUCKET;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (BUCKET_STARTS[mid]! <= seconds) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The duration (seconds) a bucket stands for: its start. */
export function bucketStart(bucket: number): number {
  return BUCKET_STARTS[Math.min(Math.max(bucket, 0), MAX_BUCKET)]!;
}

/** bucketOf() in SQL over an integer seconds expression (trusted SQL text, never user input). */
export function bucketSql(seconds: string): string {
  return `greatest(width_bucket(${seconds}, ARRAY[${BUCKET_STARTS.join(",")}]::int[]) - 1, 0)`;
}
