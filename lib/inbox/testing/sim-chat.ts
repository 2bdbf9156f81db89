import { encryptSecret } from "@/lib/crypto/credentials";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { Simulator } from "@/lib/marketplaces/simulator/server";

// For integration tests: marketplace accounts that talk to a running simulator with its demo
// credentials, and chats the simulator knows about.

export async function createSimAccount({
  sim,
  workspaceId,
  marketplace,
}: {
  sim: Simulator;
  workspaceId: string;
  marketplace: Marketplace;
}) {
  return prisma().marketplaceAccount.create({
    data: {
      workspaceId,
      marketplace,
      name: `sim ${marketplace}`,
      credentialsEnc: encryptSecret({
        plaintext: JSON.stringify(sim.credentials[marketplace]),
        key: env().APP_ENCRYPTION_KEY,
      }),
      baseUrls: sim.baseUrls[marketplace],
    },
  });
}

/** A buyer chat that exists in the simulator (a buyer wrote first), stored the way ingestion would. */
export async function createSimChat({
  sim,
  account,
  text = "Здравствуйте! Когда будет доставка?",
  extra = {},
}: {
  sim: Simulator;
  account: { id: string; workspaceId: string; marketplace: Marketplace };
  text?: string;
  extra?: Partial<Prisma.ChatUncheckedCreateInput>;
}) {
  const { marketplace } = account;
  const { chatId, messageId } = sim.control.injectBuyerMessage({ marketplace, text });
  const since = new Date(Date.now() - 60_000);
  return prisma().chat.create({
    data: {
      workspaceId: account.workspaceId,
      accountId: account.id,
      marketplace: account.marketplace,
      externalId: chatId,
      customerName: "Алёна",
      lastMessageAt: since,
      lastMessagePreview: text,
      awaitingReplySince: since,
      unreadCount: 1,
      ...extra,
      messages: { create: [{ author: "BUYER", text, externalId: messageId, createdAt: since }] },
    },
  });
}

/** A review or product question from the simulator's own seed data, as a chat of that kind. */
export async function createSimReviewChat({
  account,
  kind,
  externalId,
  text,
  rating,
}: {
  account: { id: string; workspaceId: string; marketplace: Marketplace };
  kind: "QUESTION" | "REVIEW";
  externalId: string;
  text: string;
  rating?: number;
}) {
  return prisma().chat.create({
    data: {
      workspaceId: account.workspaceId,
      accountId: account.id,
      marketplace: account.marketplace,
      kind,
      externalId,
      contextType: "PRODUCT",
      productTitle: "Футболка-поло",
      rating: rating ?? null,
      awaitingReplySince: new Date(),
      messages: { create: [{ author: "BUYER", text, externalId: `${externalId}-q` }] },
    },
  });
}
