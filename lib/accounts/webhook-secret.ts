import crypto from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";

// The webhook URL carries a per-account secret: the receiving route finds the account by the secret's
// SHA-256 (webhookSecretHash); the encrypted copy lets the settings page show the URL again.

// What the seller pastes into the marketplace's cabinet. Yandex Market appends "/notification" itself
// (POST {url}/notification), so its route is /api/webhooks/yandex-market/{secret}/notification.
const WEBHOOK_PATHS: Partial<Record<Marketplace, (secret: string) => string>> = {
  yandex_market: (s) => `/api/webhooks/yandex-market/${s}`,
  avito: (s) => `/api/webhooks/avito/${s}`,
  ozon: (s) => `/api/webhooks/ozon/${s}`,
};

export function hasWebhooks({ marketplace }: { marketplace: Marketplace }): boolean {
  return MARKETPLACE_META[marketplace].capabilities.webhooks && WEBHOOK_PATHS[marketplace] !== undefined;
}

export function hashWebhookSecret({ secret }: { secret: string }): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

/** Columns for a webhook secret: a random one, or a fixed one (the demo workspace's). */
export function webhookSecretData({ secret = crypto.randomBytes(32).toString("base64url") }: { secret?: string } = {}) {
  return { webhookSecretHash: hashWebhookSecret({ secret }), webhookSecretEnc: encryptSecret({ plaintext: secret, key: env().APP_ENCRYPTION_KEY }) };
}

export function webhookUrl({ marketplace, webhookSecretEnc, origin }: { marketplace: Marketplace; webhookSecretEnc: string | null; origin: string }): string | null {
  const path = WEBHOOK_PATHS[marketplace];
  if (!path || !webhookSecretEnc) return null;
  const secret = decryptSecret({ ciphertext: webhookSecretEnc, key: env().APP_ENCRYPTION_KEY });
  return `${origin.replace(/\/+$/, "")}${path(secret)}`;
}
