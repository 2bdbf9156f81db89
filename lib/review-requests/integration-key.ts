import crypto from "node:crypto";

import { maskSecret } from "@/lib/crypto/credentials";
import type { SourceSlug } from "@/lib/review-requests/source-slug";

// Webhook keys are bearer secrets with 192 bits of randomness, so a plain SHA-256 is enough to
// store them (no salt or slow hash needed: there is nothing to brute-force), and the hash can be
// a unique index the webhook looks the integration up by.

export function generateIntegrationKey({ slug }: { slug: SourceSlug }): string {
  return `rr_${slug}_${crypto.randomBytes(24).toString("base64url")}`;
}

export function hashIntegrationKey(key: string): string {
  return crypto.createHash("sha256").update(key, "utf8").digest("hex");
}

export function maskIntegrationKey(key: string): string {
  return maskSecret(key);
}

/** Constant-time comparison of two hex digests of equal length. */
export function keyHashesMatch(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && crypto.timingSafeEqual(left, right);
}

export function integrationKeyFromRequest(req: Request): string | undefined {
  return readWebhookKey({ headers: req.headers, url: new URL(req.url) });
}

/** The key as POS/CRM systems can send it: `?key=`, `X-Api-Key`, or `Authorization: Bearer`. */
export function readWebhookKey({ headers, url }: { headers: Headers; url: URL }): string | undefined {
  const candidates = [
    url.searchParams.get("key"),
    headers.get("x-api-key"),
    /^Bearer\s+(.+)$/i.exec(headers.get("authorization") ?? "")?.[1],
  ];
  for (const candidate of candidates) {
    const key = candidate?.trim();
    if (key) return key.slice(0, 512);
  }
  return undefined;
}
