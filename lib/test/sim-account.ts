import { webhookSecretData } from "@/lib/accounts/webhook-secret";
import { encryptSecret } from "@/lib/crypto/credentials";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Marketplace } from "@/lib/marketplaces/marketplace";
import type { Simulator } from "@/lib/marketplaces/simulator/server";

/** A marketplace account in `workspaceId` that talks to the simulator with its demo credentials. */
export async function createSimAccount({
  workspaceId,
  sim,
  marketplace,
  webhookSecret,
  credentials,
}: {
  workspaceId: string;
  sim: Simulator;
  marketplace: Marketplace;
  webhookSecret?: string;
  credentials?: Record<string, unknown>;
}) {
  return prisma().marketplaceAccount.create({
    data: {
      workspaceId,
      marketplace: marketplace,
      name: `sim ${marketplace}`,
      credentialsEnc: encryptSecret({
        plaintext: JSON.stringify(credentials ?? sim.credentials[marketplace]),
        key: env().APP_ENCRYPTION_KEY,
      }),
      baseUrls: sim.baseUrls[marketplace],
      ...(webhookSecret ? webhookSecretData({ secret: webhookSecret }) : {}),
    },
  });
}

/**
 * The Ozon account that load runs push to (at /api/webhooks/ozon/<webhookSecret>), and `chats` buyer chats
 * opened in the simulator for the pushes to name.
 */
export async function createOzonPushAccount({
  workspaceId,
  sim,
  webhookSecret,
  chats,
}: {
  workspaceId: string;
  sim: Simulator;
  webhookSecret: string;
  chats: number;
}) {
  const account = await createSimAccount({ workspaceId, sim, marketplace: "ozon", webhookSecret });
  const chatIds: string[] = [];
  for (let i = 0; i < chats; i++)
    chatIds.push((await sim.control.injectBuyerMessage({ marketplace: "ozon", text: `Чат ${i}` })).chatId);
  return { account, chatIds };
}
