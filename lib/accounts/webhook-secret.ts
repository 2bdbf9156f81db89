import crypto from "node:crypto";
import { decryptSecret, encryptSecret } from "@/lib/crypto/credentials";
import { env } from "@/lib/env";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import { MARKETPLACE_DESCRIPTORS } from "@/lib/marketplaces/registry";

// The webhook URL carries a per-account secret: the receiving route finds the account by the secret's
// SHA-256 (webhookSecretHash); the encrypted copy lets the settings page show the URL again.

export function hasWebhooks({ marketplace }: { marketplace: Marketplace }): boolean {
  return (
    MARKETPLACE_DESCRIPTORS[marketplace].capabilities.webhooks && MARKETPLACE_DESCRIPTORS[marketplace].webhook !== null
  );
}

export function hashWebhookSecret({ secret }: { secret: string }): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

/** Columns for a webhook secret: a random one, or a fixed one (the demo workspace's). */
export function webhookSecretData({ secret = crypto.randomBytes(32).toString("base64url") }: { secret?: string } = {}) {
  return {
    webhookSecretHash: hashWebhookSecret({ secret }),
    webhookSecretEnc: encryptSecret({ plaintext: secret, key: env().APP_ENCRYPTION_KEY }),
  };
}

export function webhookUrl({
  marketplace,
  webhookSecretEnc,
  origin,
}: {
  marketplace: Marketplace;
  webhookSecretEnc: string | null;
  origin: string;
}): string | null {
  const path = MARKETPLACE_DESCRIPTORS[marketplace].webhook?.path;
  if (!path || !webhookSecretEnc) return null;
  const secret = decryptSecret({ ciphertext: webhookSecretEnc, key: env().APP_ENCRYPTION_KEY });
  return `${origin.replace(/\/+$/, "")}${path(secret)}`;
}
