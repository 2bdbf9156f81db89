// How long the marketplace asked us to wait. Standard `Retry-After` (seconds or HTTP date) first, then the
// vendor headers: WB `X-Ratelimit-Retry` (seconds), Amazon/others `x-amzn-RateLimit-*` carry no wait time.

export function parseRetryAfterMs({ headers, now = Date.now() }: { headers: Headers; now?: number }): number | null {
  const candidates = [headers.get("retry-after"), headers.get("x-ratelimit-retry")];
  for (const raw of candidates) {
    if (raw == null || raw.trim() === "") continue;
    const value = raw.trim();
    if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  return null;
}
