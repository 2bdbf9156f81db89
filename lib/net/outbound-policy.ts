import { env, type Env } from "@/lib/env";
import {
  DEFAULT_PORTS,
  normalizeHostname,
  parseAllowedHost,
  type AllowedHost,
  type OutboundPolicy,
} from "@/lib/allowed-host";

// Which hosts the guarded client may reach although they resolve to non-public addresses: only what
// the server's own configuration names (the simulator when ALLOW_SIMULATOR is on, OUTBOUND_ALLOW_HOSTS).
// Nothing a workspace stores can add to it.

export function isAllowedHost({
  policy,
  hostname,
  port,
}: {
  policy: OutboundPolicy;
  hostname: string;
  port: string;
}): boolean {
  const host = normalizeHostname(hostname);
  return policy.allowedHosts.some(
    (allowed) => allowed.hostname === host && (allowed.port === null || allowed.port === port),
  );
}

/** Whether a URL's origin is one the server's configuration allows (per-account base URLs in production). */
export function isAllowedUrl({ policy, url }: { policy: OutboundPolicy; url: string }): boolean {
  const parsed = new URL(url);
  const port = parsed.port || DEFAULT_PORTS[parsed.protocol];
  return port !== undefined && isAllowedHost({ policy, hostname: parsed.hostname, port });
}

/** The policy this server runs with (lib/env.ts: ALLOW_SIMULATOR, OUTBOUND_ALLOW_HOSTS). */
export function outboundPolicyFromEnv(): OutboundPolicy {
  return outboundPolicyFor({ env: env() });
}

export function outboundPolicyFor({
  env: e,
}: {
  env: Pick<Env, "ALLOW_SIMULATOR" | "OUTBOUND_ALLOW_HOSTS" | "SIMULATOR_URL">;
}): OutboundPolicy {
  const entries = [...e.OUTBOUND_ALLOW_HOSTS, ...(e.ALLOW_SIMULATOR ? [new URL(e.SIMULATOR_URL).origin] : [])];
  return { allowedHosts: entries.map(parseAllowedHost).filter((host): host is AllowedHost => host !== null) };
}
