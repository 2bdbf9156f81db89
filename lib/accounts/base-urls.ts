import { z } from "zod";
import { env, type Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { BASE_URLS_SCHEMAS } from "@/lib/marketplaces/credentials";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { OutboundPolicy } from "@/lib/allowed-host";
import { isAllowedUrl, outboundPolicyFor } from "@/lib/net/outbound-policy";

// Per-account API base URLs ("advanced" in the connect form). Unset means the marketplace's real hosts;
// tests, the e2e suite and the demo point them at the simulator.

/** Form input: a URL per key, "" for the default. */
export const baseUrlsInputSchema = z.record(
  z.string(),
  z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "http_url" })]),
);

export type BaseUrlField = { name: string; defaultUrl: string | null };

export function baseUrlFields({ marketplace }: { marketplace: Marketplace }): BaseUrlField[] {
  const schema = BASE_URLS_SCHEMAS[marketplace];
  const defaults = schema.parse({}) as Record<string, string | undefined>;
  return Object.keys(schema.shape).map((name) => ({ name, defaultUrl: defaults[name] ?? null }));
}

export type BaseUrlPolicy = { allowAny: boolean; outbound: OutboundPolicy };

/**
 * A custom base URL makes our server send the seller's token to that host and show what it answers,
 * so a production server accepts only origins its own configuration allows (the simulator with
 * ALLOW_SIMULATOR, OUTBOUND_ALLOW_HOSTS); development accepts any http(s) URL for local stand-ins.
 * Either way the guarded client checks the address again at every request.
 */
export function defaultBaseUrlPolicy(): BaseUrlPolicy {
  return baseUrlPolicyFor({ env: env() });
}

export function baseUrlPolicyFor({ env: e }: { env: Env }): BaseUrlPolicy {
  return { allowAny: e.NODE_ENV !== "production", outbound: outboundPolicyFor({ env: e }) };
}

/** Validated overrides, or null when every key is left at the marketplace's default. */
export function resolveBaseUrls({
  marketplace,
  baseUrls,
  policy = defaultBaseUrlPolicy(),
}: {
  marketplace: Marketplace;
  baseUrls: z.infer<typeof baseUrlsInputSchema> | null | undefined;
  policy?: BaseUrlPolicy;
}): Record<string, string> | null {
  const known = new Set(Object.keys(BASE_URLS_SCHEMAS[marketplace].shape));
  const out: Record<string, string> = {};
  for (const [name, url] of Object.entries(baseUrls ?? {})) {
    if (!url) continue;
    if (!known.has(name)) throw new AppError("bad_request", `Unknown base URL "${name}"`);
    if (!policy.allowAny && !isAllowedUrl({ policy: policy.outbound, url })) {
      const ru = `Адрес API ${url} не разрешён: на этом сервере можно указать только адреса, разрешённые в его настройках.`;
      const en = `The API address ${url} is not allowed: this server accepts only the addresses allowed in its settings.`;
      throw new AppError("unprocessable", en, { details: { reason: "base_url_not_allowed", field: name, ru, en } });
    }
    out[name] = url.replace(/\/+$/, "");
  }
  return Object.keys(out).length ? out : null;
}

/** Stored JSON back into connector input (a malformed value counts as "defaults"). */
export function storedBaseUrls({ value }: { value: unknown }): Record<string, string> | undefined {
  const parsed = z.record(z.string(), z.string()).safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
