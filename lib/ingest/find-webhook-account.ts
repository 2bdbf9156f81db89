import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import type { MarketplaceAccount } from "@/lib/generated/prisma/client";
import { hashWebhookSecret } from "@/lib/accounts/webhook-secret";

export const WEBHOOK_SOURCES = { "yandex-market": "YANDEX_MARKET", avito: "AVITO", ozon: "OZON" } as const;
export type WebhookSource = keyof typeof WEBHOOK_SOURCES;

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
  if (!account || !match || account.marketplace !== WEBHOOK_SOURCES[source]) return null;
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
