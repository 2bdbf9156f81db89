import { connectorForAccount } from "@/lib/accounts/account-connector";
import { prisma } from "@/lib/db";
import type { MarketplaceAccount } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log";
import { MARKETPLACE_META } from "@/lib/marketplaces/marketplace-meta";
import { canSendProactive, type ProactiveChat, type ProactiveVerdict } from "@/lib/marketplaces/proactive-policy";
import type { Marketplace } from "@/lib/marketplaces/marketplace";

const log = logger("follow-ups");

export type ProactiveCheckChat = Omit<ProactiveChat, "buyerMessages" | "optedOut"> & {
  id: string;
  marketplace: Marketplace;
  externalId: string;
  orderId: string | null;
  followUpOptOutAt: Date | null;
  account: MarketplaceAccount;
};

/**
 * Applies the marketplace's rule for writing first (lib/marketplaces/proactive-policy.ts) to a stored
 * chat. Marketplaces that offer message types per order are asked now, through the connector; no
 * database transaction is open meanwhile. Also returns the offered types, for the thread's picker.
 */
export async function checkProactive({
  chat,
  purpose,
  requestedType = null,
}: {
  chat: ProactiveCheckChat;
  purpose: "manual" | "rule";
  requestedType?: string | null;
}): Promise<{ verdict: ProactiveVerdict; offeredTypes: string[] | null }> {
  const policy = MARKETPLACE_META[chat.marketplace].capabilities.proactive;
  const buyerMessages = await prisma().message.count({ where: { chatId: chat.id, author: "BUYER" } });
  let offeredTypes: string[] | null = null;
  if (policy === "offered_types" && purpose === "manual" && chat.kind === "CHAT" && chat.status !== "CLOSED") {
    try {
      offeredTypes = await connectorForAccount({ account: chat.account }).listMessageTypes({
        orderId: chat.orderId ?? chat.externalId,
      });
    } catch (error) {
      log.warn("message types unavailable", {
        chatId: chat.id,
        error: error instanceof Error ? error.name : "unknown",
      });
    }
  }
  const verdict = canSendProactive({
    policy,
    chat: {
      kind: chat.kind,
      status: chat.status,
      contextType: chat.contextType,
      buyerMessages,
      optedOut: chat.followUpOptOutAt !== null,
    },
    purpose,
    offeredTypes,
    requestedType,
  });
  return { verdict, offeredTypes };
}
