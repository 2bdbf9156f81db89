// An entry of the outbound allow-list, as written in OUTBOUND_ALLOW_HOSTS. Below lib/env.ts, which validates with it,
// and lib/net, which enforces it: it imports nothing.

/** port null: any port of that host. */
export type AllowedHost = { hostname: string; port: string | null };
export type OutboundPolicy = { allowedHosts: readonly AllowedHost[] };

export const DEFAULT_PORTS: Record<string, string> = { "http:": "80", "https:": "443" };

export function normalizeHostname(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
}

/** "host", "host:port", "[::1]:4010" or an origin "http://host:port"; null when unreadable. */
export function parseAllowedHost(entry: string): AllowedHost | null {
  const value = entry.trim();
  if (!value) return null;
  try {
    if (value.includes("://")) {
      const url = new URL(value);
      if (url.pathname !== "/" || url.search || url.username) return null;
      const port = url.port || DEFAULT_PORTS[url.protocol];
      return port ? { hostname: normalizeHostname(url.hostname), port } : null;
    }
    const url = new URL(`http://${value}`);
    if (url.pathname !== "/" || url.search || url.username) return null;
    return { hostname: normalizeHostname(url.hostname), port: url.port || null };
  } catch {
    return null;
  }
}
