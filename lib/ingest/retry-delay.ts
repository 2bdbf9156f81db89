/** Jittered exponential backoff for failed background work: ~30 s, 1 min, 2 min … capped at 1 hour. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return Math.round(base * (0.75 + random() * 0.5));
}
