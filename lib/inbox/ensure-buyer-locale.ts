import { connectorForAccount } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

const log = logger("inbox");
// Someone is waiting for the thread or the draft: one short try, no backoff (the next look tries again).
const LOOKUP_HTTP = { retries: 0, timeoutMs: 5_000, maxRetryAfterMs: 0 };

type ChatForLocale = {
  id: string;
  accountId: string;
  marketplace: Marketplace;
  orderId: string | null;
  externalId: string;
  buyerLocale: string | null;
};

/**
 * The buyer's preferred language where the marketplace states it (Amazon GetAttributes), read once per
 * chat and kept on it. Null where the marketplace does not say, or when it cannot be read right now
 * (the thread and the draft go on without it; the next look tries again).
 */
export async function ensureBuyerLocale({ chat }: { chat: ChatForLocale }): Promise<string | null> {
  if (chat.buyerLocale) return chat.buyerLocale;
  if (!MARKETPLACE_META[chat.marketplace].capabilities.buyerLocale) return null;
  const account = await prisma().marketplaceAccount.findUnique({
    where: { id: chat.accountId },
    select: { id: true, marketplace: true, credentialsEnc: true, baseUrls: true },
  });
  if (!account) return null;
  try {
    const locale = await connectorForAccount({ account, runtime: { http: LOOKUP_HTTP } }).getBuyerLocale({
      orderId: chat.orderId ?? chat.externalId,
    });
    if (locale) await prisma().chat.update({ where: { id: chat.id }, data: { buyerLocale: locale.slice(0, 35) } });
    return locale;
  } catch (error) {
    log.warn("buyer locale not read", { chatId: chat.id, error: error instanceof Error ? error.name : "unknown" });
    return null;
  }
}
