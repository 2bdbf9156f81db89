// Adaptive polling of marketplaces without webhooks (Wildberries). Its chat API allows 10 requests per
// 10 s per seller account, shared by the events feed, the chat list, sending and downloads: a poll
// every 3 s takes a third of that at most, leaving the rest for replies. A conversation under way is
// polled that often, so a buyer's message reaches the screen in seconds; a quiet account, once a minute.
export const POLL_TIERS = [
  { activeWithinMs: 5 * 60_000, everyMs: 3_000 },
  { activeWithinMs: 60 * 60_000, everyMs: 15_000 },
] as const;
export const QUIET_POLL_MS = 60_000;
/** How long a poll may hold its account before another worker may take it (a killed worker). */
export const POLL_LEASE_MS = 2 * 60_000;

export function pollIntervalMs({ lastActivityAt, now }: { lastActivityAt: Date | null; now: Date }): number {
  if (!lastActivityAt) return QUIET_POLL_MS;
  const since = now.getTime() - lastActivityAt.getTime();
  return POLL_TIERS.find((t) => since <= t.activeWithinMs)?.everyMs ?? QUIET_POLL_MS;
}
