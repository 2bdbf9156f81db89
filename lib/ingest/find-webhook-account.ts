import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import type { MarketplaceAccount } from "@/lib/generated/prisma/client";
import { hashWebhookSecret } from "@/lib/accounts/webhook-secret";
import type { MarketplaceDescriptor } from "@/lib/marketplaces/descriptor";
import { descriptorOfWebhookSource } from "@/lib/marketplaces/registry";

/** The URL segment after /api/webhooks/: a marketplace descriptor's webhook.source. */
export type WebhookSource = string;

/** The push settings of the marketplace that owns the route segment `source`; throws for a segment no marketplace owns. */
export function webhookOf({ source }: { source: WebhookSource }): NonNullable<MarketplaceDescriptor["webhook"]> {
  const webhook = descriptorOfWebhookSource({ source })?.webhook;
  if (!webhook) throw new Error(`No marketplace receives webhooks at ${source}`);
  return webhook;
}

/**
 * The account a webhook URL secret belongs to, or null. The secret is looked up by its SHA-256, so
 * the time taken does not depend on how much of a guess matches; the stored hash is then compared
 * in constant time all the same.
 */
export async function findWebhookAccount({ source, secret }: { source: WebhookSource; secret: string }) {
  const hash = hashWebhookSecret({ secret });
  const account = await lookup(hash);
  const stored = Buffer.from(account?.webhookSecretHash ?? "0".repeat(64), "hex");
  const given = Buffer.from(hash, "hex");
  const match = crypto.timingSafeEqual(stored, given);
  if (!account || !match || account.marketplace !== descriptorOfWebhookSource({ source })?.marketplace) return null;
  return account;
}

// A marketplace delivers bursts to one URL: known secrets are remembered briefly so an acknowledgement
// costs one statement (the insert), not two. Unknown secrets always go to the database; a
// disconnected account stops matching within CACHE_MS.
const CACHE_MS = 10_000;
const cache = globalThis as unknown as { __webhookAccounts?: Map<string, { at: number; account: MarketplaceAccount }> };
cache.__webhookAccounts ??= new Map();

async function lookup(hash: string): Promise<MarketplaceAccount | null> {
  const hit = cache.__webhookAccounts!.get(hash);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.account;
  const account = await prisma().marketplaceAccount.findUnique({ where: { webhookSecretHash: hash } });
  if (account) cache.__webhookAccounts!.set(hash, { at: Date.now(), account });
  else cache.__webhookAccounts!.delete(hash);
  return account;
}
